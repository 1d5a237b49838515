import { useEffect, useRef, useState } from "react";
import { meetingTitle, type NameIndex } from "../../domain/dataset-index";
import type { Meeting } from "../../domain/schema";
import { formatCalendarDay } from "../../domain/calendar-day";
import { Button } from "../../components/button";
import { bringIntoView } from "../../hooks/bring-into-view";
import { useLatest } from "../../hooks/use-latest";

interface PickingBannerProps {
  index: NameIndex & { meetings: ReadonlyMap<string, Pick<Meeting, "date" | "sides">> };
  /** The meeting chosen first, waiting for a second one. */
  meetingId: string;
  onCancel(): void;
}

/**
 * Shown after "Compare with…": tells the reader to pick the second meeting, and how to back out.
 * It is scrolled into view and focused when it appears (it sits at the top of the page, often off
 * screen); Escape or "Cancel comparing" ends the choice and focus goes back where it was.
 */
export function PickingBanner({ index, meetingId, onCancel }: PickingBannerProps) {
  const meeting = index.meetings.get(meetingId);
  const ref = useRef<HTMLDivElement>(null);
  // Read once, before the banner takes focus: the "Compare with…" button, as a rule.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  const cancelRef = useLatest(() => {
    onCancel();
    if (opener?.isConnected) opener.focus();
  });

  useEffect(() => bringIntoView(ref.current), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // An open dialog or an element that handled Escape itself (a filter menu) comes first.
      if (event.key !== "Escape" || event.defaultPrevented || document.querySelector("dialog[open]")) return;
      cancelRef.current();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [cancelRef]);

  if (!meeting) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-label="Choosing a meeting to compare"
      className="scroll-mt-2 flex flex-wrap items-center justify-between gap-3 rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-950 outline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-50 print:hidden"
    >
      <p>
        <span className="font-semibold">Compare:</span> choose a second meeting on the timeline or in the list
        to compare with{" "}
        <span className="font-medium">
          {meetingTitle(index, meeting)}, {formatCalendarDay(meeting.date)}
        </span>
        . Escape cancels.
      </p>
      <Button onClick={() => cancelRef.current()}>Cancel comparing</Button>
    </div>
  );
}
