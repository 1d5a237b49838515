/**
 * One phrase in the Formulations view: its words (a button that chooses it as the filter), how
 * many meetings use it, first and last use, who used it, and the strip of its uses.
 */
import { formatCalendarDay } from "../../domain/calendar-day";
import type { Formulation } from "../../domain/formulations";
import { FormulationStrip } from "./formulation-strip";
import { countOf } from "../../domain/plural";

/** What every row of the view shares: how to date meetings, the corpus years, the chosen phrase. */
export interface RowContext {
  /** Dates of the given meetings, for the strip. */
  datesOf(ids: readonly string[]): string[];
  years: { first: number; last: number };
  /** The phrase the views are filtered to now. */
  chosen?: string;
  onChoose(phrase: string): void;
}

/**
 * The uses by who said them. They count statements' uses, not meetings: "Used 5 times: China 3,
 * counterpart 2" beside "3 meetings", where "Used by China 3" read as three meetings.
 */
function usersLabel(users: Formulation["users"]): string {
  const parts = [
    users.china > 0 && `China ${users.china}`,
    users.counterpart > 0 && `counterpart ${users.counterpart}`,
    users.joint > 0 && `joint ${users.joint}`,
  ].filter(Boolean);
  const total = users.china + users.counterpart + users.joint;
  if (total === 0) return "Not used";
  return `Used ${total === 1 ? "once" : `${total} times`}: ${parts.join(", ")}`;
}

export function FormulationRow({
  formulation,
  context: { datesOf, years, chosen: chosenPhrase, onChoose },
}: {
  formulation: Formulation;
  context: RowContext;
}) {
  const count = formulation.meetingIds.length;
  const chosen = formulation.phrase === chosenPhrase;
  const dates = datesOf(formulation.meetingIds);
  return (
    <div className="grid gap-x-4 gap-y-1 py-2 sm:grid-cols-[minmax(0,1fr)_auto]">
      <div className="min-w-0">
        <button
          type="button"
          onClick={() => onChoose(formulation.phrase)}
          aria-pressed={chosen}
          // Back to this view focuses the phrase the reader chose (FormulationsView, returnFocus).
          data-phrase={formulation.phrase}
          className={`cursor-pointer rounded-sm text-left font-medium text-blue-800 underline decoration-blue-700/30 underline-offset-2 hover:decoration-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-200 dark:decoration-blue-300/40 ${chosen ? "bg-yellow-100 dark:bg-yellow-900/40" : ""}`}
        >
          {formulation.label}
        </button>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {countOf(count, "meeting")} · first {formatCalendarDay(formulation.first, "short")}
          {formulation.last !== formulation.first && (
            <> · last {formatCalendarDay(formulation.last, "short")}</>
          )}{" "}
          · {usersLabel(formulation.users)}
        </p>
      </div>
      {dates.length > 0 && <FormulationStrip dates={dates} years={years} />}
    </div>
  );
}
