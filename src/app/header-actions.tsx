import { useLibraryActions, type Atlas } from "../data/library-queries";
import type { MeetingIndex } from "../domain/meeting-index";
import { AddReadouts } from "../features/import/add-readouts";
import { LibraryView } from "../features/library/library-view";

export type LibraryState = Pick<Atlas, "entries" | "problems">;

/** The header's controls over the user's own readouts (issue 9). */
export function HeaderActions({ index, library }: { index: MeetingIndex; library: LibraryState }) {
  const actions = useLibraryActions();
  return (
    <>
      <AddReadouts index={index} library={actions} />
      <LibraryView names={index} entries={library.entries} problems={library.problems} actions={actions} />
    </>
  );
}
