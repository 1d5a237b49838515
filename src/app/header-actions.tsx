import { useLibraryActions, type Atlas } from "../data/library-queries";
import type { MeetingIndex } from "../domain/meeting-index";
import { AddReadouts } from "../features/import/add-readouts";

export type LibraryState = Pick<Atlas, "entries" | "problems">;

/** The header's controls over the user's own readouts (issue 9). */
export function HeaderActions({ index, library }: { index: MeetingIndex; library: LibraryState }) {
  const actions = useLibraryActions();
  void library;
  return <AddReadouts index={index} library={actions} />;
}
