import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "../../components/button";
import { useStorageUse } from "../../data/library-queries";
import type { LibraryEntry } from "../../domain/library";
import { librarySummary, storageText } from "../../domain/library-summary";
import { LibraryProblems } from "./library-problems";
import { LibraryRows } from "./library-rows";
import type { LibraryViewProps } from "./library-view";
import { pluralNoun } from "../../domain/plural";

/** The Library dialog's body: the stored readouts with Edit, Remove and Undo, and storage used. */
export function LibraryPanel({
  names,
  entries,
  problems,
  actions,
  editor,
  removed,
  setRemoved,
}: LibraryViewProps & { removed?: LibraryEntry; setRemoved(entry?: LibraryEntry): void }) {
  const summary = useMemo(() => librarySummary(entries, names), [entries, names]);
  const storage = useStorageUse(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const [status, setStatus] = useState<string>();
  // Remove, Undo and Edit take away the button pressed; focus goes to what replaced it (Undo, the
  // status, the review) once it is rendered, never to <body>. Each request moves it once.
  const statusRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLDivElement>(null);
  // "row": an edit closed unsaved, back to that entry's Edit button (the status is empty then).
  type Target = "undo" | "status" | "edit" | { row: string };
  const [focusRequest, setFocusRequest] = useState<{ target: Target; n: number }>();
  const focusAfter = (target: Target) => setFocusRequest((last) => ({ target, n: (last?.n ?? 0) + 1 }));
  useEffect(() => {
    const target = focusRequest?.target;
    if (!target) return;
    const status = statusRef.current;
    if (typeof target === "object")
      document.querySelector<HTMLElement>(`button[data-edit="${CSS.escape(target.row)}"]`)?.focus();
    else if (target === "edit") editRef.current?.focus();
    else if (target === "undo") status?.querySelector("button")?.focus();
    else status?.focus();
  }, [focusRequest]);

  const write = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      setStatus(done);
      return true;
    } catch (failure) {
      setError((failure as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry) return;
    if (await write(() => actions.remove([id]), "")) {
      setRemoved(entry);
      focusAfter("undo");
    }
  };
  const undo = async () => {
    if (!removed) return;
    const title = removed.dataset.readouts[0]?.title || removed.id;
    // The entry exactly as it was stored: same id, values, notes and save time.
    if (await write(() => actions.save([removed]), `Restored “${title}”.`)) {
      setRemoved(undefined);
      focusAfter("status");
    }
  };

  const edited = editing ? entries.find((e) => e.id === editing) : undefined;
  if (edited && editor)
    return (
      <div
        ref={editRef}
        tabIndex={-1}
        role="group"
        aria-label={`Editing “${edited.dataset.readouts[0]?.title || edited.id}”`}
        className="outline-none"
      >
        {editor(edited, (saved) => {
          setEditing(undefined);
          if (saved) setStatus(`Saved your changes to “${edited.dataset.readouts[0]?.title || edited.id}”.`);
          focusAfter(saved ? "status" : { row: edited.id });
        })}
      </div>
    );

  return (
    <>
      <p className="text-sm" aria-label="Library totals">
        <strong>{summary.readouts}</strong> {pluralNoun(summary.readouts, "readout")} ·{" "}
        <strong>{summary.meetings}</strong> {pluralNoun(summary.meetings, "meeting")} ·{" "}
        <strong>{summary.statements}</strong> {pluralNoun(summary.statements, "statement")} · storage used:{" "}
        {storage.isPending ? "…" : storageText(storage.data)}
      </p>
      {error && (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {error}
        </p>
      )}
      <div ref={statusRef} tabIndex={-1} role="status" className="text-sm outline-none empty:hidden">
        {removed ? (
          <p className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 dark:border-slate-600 dark:bg-slate-800">
            Removed “{removed.dataset.readouts[0]?.title || removed.id}” from your library.
            <Button disabled={busy} onClick={() => void undo()}>
              Undo
            </Button>
          </p>
        ) : (
          status
        )}
      </div>
      <LibraryProblems
        problems={problems}
        busy={busy}
        onRemove={(key) => void write(() => actions.remove([key]), `Removed the damaged entry “${key}”.`)}
      />
      {summary.rows.length > 0 ? (
        <LibraryRows
          rows={summary.rows}
          busy={busy}
          onEdit={(id) => {
            setStatus(undefined);
            setEditing(id);
            focusAfter("edit");
          }}
          onRemove={(id) => void remove(id)}
        />
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Your library is empty. Use <strong>Add readouts</strong> in the header to paste a readout’s text or
          choose .txt and .html files; after you review and save them they are listed here, and they appear on
          the timeline marked “yours”.
        </p>
      )}
    </>
  );
}
