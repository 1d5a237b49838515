import { lazy, Suspense } from "react";
import { DialogButton } from "../../components/modal-dialog";
import type { LibraryActions } from "../../data/library-queries";
import type { LibraryEntry } from "../../domain/library";
import type { MeetingIndex } from "../../domain/meeting-index";

// The dialog's body (form, worker client, review) loads when the dialog first opens: the first
// screen does not need it (issue 10's initial JavaScript budget).
const ImportPanel = lazy(() => import("./import-panel").then((m) => ({ default: m.ImportPanel })));

export interface AddReadoutsProps {
  index: MeetingIndex;
  library: LibraryActions;
  /** What the library holds, so the same readout is not saved twice. */
  entries: readonly LibraryEntry[];
}

/** The header's "Add readouts" button and its dialog. */
export function AddReadouts(props: AddReadoutsProps) {
  return (
    <DialogButton
      label="Add readouts"
      title="Add readouts"
      description="Extracted in your browser with the same pipeline as the bundled readouts; kept in this browser only."
      // Closing (Escape by reflex, or to look at the timeline) keeps readouts waiting for review.
      keepBody
    >
      <Suspense fallback={<p role="status">Loading…</p>}>
        <ImportPanel {...props} />
      </Suspense>
    </DialogButton>
  );
}
