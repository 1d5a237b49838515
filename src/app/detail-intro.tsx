import type { MeetingIndex } from "../domain/meeting-index";
import { formatCalendarDay } from "../domain/calendar-day";

/** What the detail pane says before a meeting is opened. */
export function DetailIntro({ index }: { index: MeetingIndex }) {
  const meetings = index.file.meetings;
  const first = meetings.reduce<string | undefined>(
    (min, m) => (min === undefined || m.date < min ? m.date : min),
    undefined,
  );
  const last = meetings.reduce<string | undefined>(
    (max, m) => (max === undefined || m.date > max ? m.date : max),
    undefined,
  );
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      <h2 className="text-base font-semibold text-slate-800 dark:text-slate-100">Open a meeting</h2>
      <p className="mt-1 max-w-prose">
        Pick a meeting on the timeline or in the list (on the timeline, the arrow keys and Enter work too).
        You will see who was there, which issues came up and what each side said, each statement linked to the
        readout it comes from.
      </p>
      {first && last && (
        <p className="mt-2">
          The dataset covers {formatCalendarDay(first)} to {formatCalendarDay(last)}.
        </p>
      )}
    </div>
  );
}
