import { Button } from "../../components/button";
import { meetingTitle, type NameIndex } from "../../domain/dataset-index";
import type { ListedMeeting } from "./chronology-item";
import { formatCalendarDay } from "../../domain/calendar-day";
import { countOf } from "../../domain/plural";

/** The checkbox beside a meeting in the list that picks it for a side-by-side comparison. */
export function CompareTick({
  index,
  meeting,
  checked,
  onToggle,
}: {
  index: NameIndex;
  meeting: ListedMeeting;
  checked: boolean;
  onToggle(): void;
}) {
  return (
    // The visible word starts the accessible name (WCAG 2.5.3); the meeting follows for screen readers.
    <label className="mt-2 mr-1 flex cursor-pointer flex-col items-center gap-0.5 rounded p-1.5 text-[0.6875rem] text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800">
      {/* Reached with → from the row's link: the list is one Tab stop (roving-rows.ts). */}
      <input
        type="checkbox"
        tabIndex={-1}
        checked={checked}
        onChange={onToggle}
        className="size-4 accent-blue-600"
      />
      <span>
        Compare
        <span className="sr-only">
          {" "}
          {meetingTitle(index, meeting)}, {formatCalendarDay(meeting.date)}
        </span>
      </span>
    </label>
  );
}

/**
 * Shown while meetings are ticked: how many, and the button that opens the comparison once there
 * are two. It floats at the bottom of the window, since the ticks may be far down a long list or
 * the page scrolled past the list's top, where the bar used to sit out of sight.
 */
export function CompareBar({
  count,
  onCompare,
  onClear,
}: {
  count: number;
  onCompare(): void;
  onClear(): void;
}) {
  return (
    <section
      aria-label="Meetings to compare"
      className="fixed inset-x-3 bottom-3 z-30 mx-auto flex max-w-xl flex-wrap items-center justify-between gap-2 rounded-lg border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-slate-900 shadow-lg dark:border-blue-800 dark:bg-blue-950 dark:text-slate-100 print:hidden"
    >
      <span role="status">
        {countOf(count, "meeting")} selected{count < 2 ? ": tick one more to compare." : "."}
      </span>
      <span className="flex gap-2">
        <Button variant="quiet" onClick={onClear}>
          Clear
        </Button>
        <Button onClick={onCompare} disabled={count < 2}>
          Compare
        </Button>
      </span>
    </section>
  );
}
