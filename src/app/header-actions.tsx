import { Suspense } from "react";
import { useLibraryActions, type Atlas } from "../data/library-queries";
import type { MeetingSummary } from "../domain/index-schema";
import type { MeetingIndex } from "../domain/meeting-index";
import { ExportMenu } from "../features/export/export-menu";
import { AddReadouts } from "../features/import/add-readouts";
import { LibraryView } from "../features/library/library-view";
import { EditReadout } from "./lazy-views";

export type LibraryState = Pick<Atlas, "entries" | "problems">;

/** The header's controls over the user's own readouts (issue 9), and Export of what is shown. */
export function HeaderActions({
  index,
  library,
  meetings,
}: {
  index: MeetingIndex;
  library: LibraryState;
  /** The filtered meetings, which Export saves. */
  meetings: readonly MeetingSummary[];
}) {
  const actions = useLibraryActions();
  return (
    <>
      <AddReadouts index={index} library={actions} entries={library.entries} />
      <LibraryView
        names={index}
        entries={library.entries}
        problems={library.problems}
        actions={actions}
        editor={(entry, done) => (
          <Suspense fallback={<p role="status">Loading the review…</p>}>
            <EditReadout entry={entry} library={actions} onDone={done} />
          </Suspense>
        )}
      />
      <ExportMenu index={index} meetings={meetings} entries={library.entries} />
    </>
  );
}
