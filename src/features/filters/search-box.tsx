import { useId, useRef, useState } from "react";
import { isSearchable } from "../../domain/terms";

export interface SearchBoxProps {
  /** The query in the URL. */
  value: string | undefined;
  /**
   * Called on every keystroke. `startsEdit` is true for the first change since the box was focused:
   * that change should add a history entry (so Back returns to before the search) and the rest
   * should replace it.
   */
  onChange(query: string | undefined, startsEdit: boolean): void;
}

/** Keeps what the user typed (spaces included) while the URL holds the normalised query. */
function normalise(draft: string): string | undefined {
  return draft.trim() === "" ? undefined : draft;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? "");
  const [seen, setSeen] = useState(value);
  const editing = useRef(false);
  // Back/Forward or "clear filters" changed the query under us: show the URL's value.
  if (value !== seen) {
    setSeen(value);
    if (value !== normalise(draft)) setDraft(value ?? "");
  }

  // "the" or a lone quote searches nothing, so every meeting stays: say why rather than seem to match.
  const unsearchable = value !== undefined && !isSearchable(value);
  return (
    <div className="min-w-0 flex-1 basis-64">
      <div className="relative">
        <label htmlFor={id} className="sr-only">
          Search statements and readouts
        </label>
        <span
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 left-2.5 flex items-center text-slate-400"
        >
          <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.8" className="size-4">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="m13 13 4 4" strokeLinecap="round" />
          </svg>
        </span>
        <input
          id={id}
          type="search"
          value={draft}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search statements and readouts, e.g. climate"
          aria-describedby={unsearchable ? `${id}-hint` : undefined}
          onFocus={() => (editing.current = false)}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            const startsEdit = !editing.current;
            editing.current = true;
            setSeen(normalise(next));
            onChange(normalise(next), startsEdit);
          }}
          className="w-full rounded-md border border-slate-300 bg-white py-1.5 pr-2 pl-8 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:border-blue-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
      </div>
      {unsearchable && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Nothing to search for: common words such as “the” and marks alone are skipped, so every meeting is
          shown.
        </p>
      )}
    </div>
  );
}
