import { Button } from "../../components/button";
import { formatCalendarDay } from "../../domain/calendar-day";
import { meetingDayLabel } from "../../domain/labels";
import type { LibraryRow } from "../../domain/library-summary";
import { countOf } from "../../domain/plural";

const SAVED = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export interface LibraryRowsProps {
  rows: readonly LibraryRow[];
  /** While a removal or restore is being written, the buttons wait. */
  busy: boolean;
  onEdit(id: string): void;
  onRemove(id: string): void;
}

/** Every stored readout: what it is, what it gave, when it was saved, and Edit / Remove. */
export function LibraryRows({ rows, busy, onEdit, onRemove }: LibraryRowsProps) {
  return (
    <ul aria-label="Stored readouts" className="divide-y divide-slate-200 dark:divide-slate-700">
      {rows.map((row) => {
        const title = row.title || "Untitled readout";
        return (
          <li
            key={row.id}
            aria-label={title}
            className="flex flex-wrap items-start justify-between gap-3 py-3"
          >
            <div className="min-w-0 flex-1 space-y-0.5">
              <p className="font-medium">{title}</p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {row.publisher}
                {row.publishedOn && <> · published {formatCalendarDay(row.publishedOn)}</>}
                {row.curated > 0 && <> · {countOf(row.curated, "fact")} supplied by you</>}
              </p>
              <ul className="text-sm text-slate-700 dark:text-slate-300">
                {row.meetings.map((m) => (
                  <li key={m.id}>
                    {meetingDayLabel(m)}: {m.title}
                  </li>
                ))}
              </ul>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {countOf(row.meetings.length, "meeting")}, {countOf(row.statements, "statement")} · from{" "}
                {row.origin} · saved <time dateTime={row.savedAt}>{SAVED.format(new Date(row.savedAt))}</time>
              </p>
            </div>
            <div className="flex gap-2">
              <Button
                disabled={busy}
                onClick={() => onEdit(row.id)}
                aria-label={`Edit ${title}`}
                data-edit={row.id}
              >
                Edit
              </Button>
              <Button disabled={busy} onClick={() => onRemove(row.id)} aria-label={`Remove ${title}`}>
                Remove
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
