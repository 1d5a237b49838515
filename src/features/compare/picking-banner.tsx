import { meetingTitle, type NameIndex } from "../../domain/dataset-index";
import type { Meeting } from "../../domain/schema";
import { formatCalendarDay } from "../../domain/calendar-day";
import { Button } from "../../components/button";

interface PickingBannerProps {
  index: NameIndex & { meetings: ReadonlyMap<string, Pick<Meeting, "date" | "sides">> };
  /** The meeting chosen first, waiting for a second one. */
  meetingId: string;
  onCancel(): void;
}

/** Shown after "Compare with…": tells the reader to pick the second meeting, and how to back out. */
export function PickingBanner({ index, meetingId, onCancel }: PickingBannerProps) {
  const meeting = index.meetings.get(meetingId);
  if (!meeting) return null;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-950 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-50 print:hidden">
      <p role="status">
        <span className="font-semibold">Compare:</span> choose a second meeting on the timeline or in the list
        to compare with{" "}
        <span className="font-medium">
          {meetingTitle(index, meeting)}, {formatCalendarDay(meeting.date)}
        </span>
        .
      </p>
      <Button onClick={onCancel}>Cancel comparing</Button>
    </div>
  );
}
