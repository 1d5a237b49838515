import { useId } from "react";
import { countOf } from "../../domain/plural";

export interface YearRangeProps {
  years: readonly number[];
  from: number | undefined;
  to: number | undefined;
  /** Meetings per year with the other filters applied (keys are years as text). */
  counts: ReadonlyMap<string, number>;
  onChange(range: { from: number | undefined; to: number | undefined }): void;
}

function total(
  counts: ReadonlyMap<string, number>,
  years: readonly number[],
  first: number,
  last: number,
): number {
  let sum = 0;
  for (const year of years) if (year >= first && year <= last) sum += counts.get(String(year)) ?? 0;
  return sum;
}

const meetingCount = (n: number) => countOf(n, "meeting");

const selectClass =
  "rounded-md border border-slate-300 bg-white py-1.5 pr-7 pl-2 text-sm text-slate-900 tabular-nums focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100";

/** Two year pickers; each option says how many meetings the range would hold if it were chosen ("2014 · 3 meetings"). */
export function YearRange({ years, from, to, counts, onChange }: YearRangeProps) {
  const id = useId();
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return null;
  const upper = to ?? last;
  const lower = from ?? first;
  return (
    <fieldset className="flex flex-wrap items-center gap-1.5 text-sm">
      <legend className="sr-only">Years</legend>
      <label htmlFor={`${id}-from`} className="text-slate-700 dark:text-slate-300">
        From
      </label>
      <select
        id={`${id}-from`}
        className={selectClass}
        value={from ?? ""}
        onChange={(e) => onChange({ from: e.target.value ? Number(e.target.value) : undefined, to })}
      >
        <option value="">Any year · {meetingCount(total(counts, years, first, upper))}</option>
        {years.map((year) => (
          <option key={year} value={year} disabled={year > upper}>
            {year} · {meetingCount(total(counts, years, year, upper))}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-to`} className="text-slate-700 dark:text-slate-300">
        to
      </label>
      <select
        id={`${id}-to`}
        className={selectClass}
        value={to ?? ""}
        onChange={(e) => onChange({ from, to: e.target.value ? Number(e.target.value) : undefined })}
      >
        <option value="">Any year · {meetingCount(total(counts, years, lower, last))}</option>
        {years.map((year) => (
          <option key={year} value={year} disabled={year < lower}>
            {year} · {meetingCount(total(counts, years, lower, year))}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
