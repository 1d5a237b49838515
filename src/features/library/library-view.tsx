import { lazy, Suspense, useState, type ReactNode } from "react";
import { DialogButton } from "../../components/modal-dialog";
import type { LibraryActions } from "../../data/library-queries";
import type { NameIndex } from "../../domain/dataset-index";
import type { LibraryEntry, LibraryProblem } from "../../domain/library";

// The dialog's body loads when the dialog first opens: the first screen does not need it.
const LibraryPanel = lazy(() => import("./library-panel").then((m) => ({ default: m.LibraryPanel })));

export interface LibraryViewProps {
  names: NameIndex;
  entries: readonly LibraryEntry[];
  problems: readonly LibraryProblem[];
  actions: LibraryActions;
  /** The review UI for one stored readout (the app passes the import feature's); `done` closes it. */
  editor?: (entry: LibraryEntry, done: (saved: boolean) => void) => ReactNode;
}

/** The header's "Library" button and its dialog: what is stored, with Edit, Remove and Undo. */
export function LibraryView(props: LibraryViewProps) {
  // Kept outside the dialog, so a removal can still be undone after closing and reopening it.
  const [removed, setRemoved] = useState<LibraryEntry>();
  return (
    <DialogButton
      label="Library"
      title="Library"
      description="The readouts you added, kept in this browser only."
    >
      <Suspense fallback={<p role="status">Loading…</p>}>
        <LibraryPanel {...props} removed={removed} setRemoved={setRemoved} />
      </Suspense>
    </DialogButton>
  );
}
