/**
 * The detail pane while a meeting is open: its panel once the readouts' statements are loaded, with
 * the compare actions composed in (features do not import each other).
 */
import { formatCalendarDay } from "../domain/calendar-day";
import { meetingTitle } from "../domain/dataset-index";
import type { ReadoutCurated } from "../domain/library";
import type { MeetingIndex } from "../domain/meeting-index";
import { CompareActions } from "../features/compare/compare-actions";
import { DetailsGate } from "./details-gate";
import { loadMeetingPanel, MeetingPanel } from "./lazy-views";
import type { CompareFlow } from "./use-compare-flow";

interface MeetingDetailProps {
  index: MeetingIndex;
  meetingId: string;
  compare: Pick<CompareFlow, "pickingFrom" | "startPicking" | "compareAccounts">;
  own: ReadonlyMap<string, ReadoutCurated>;
  onOpenSource(readoutId: string, span?: [number, number]): void;
  onClose(): void;
  /** True when the reader just chose this meeting: the panel scrolls into view and takes focus. */
  takeFocus: boolean;
  onFocusTaken(): void;
}

export function MeetingDetail({ index, meetingId, compare, own, ...panel }: MeetingDetailProps) {
  const summary = index.meetings.get(meetingId);
  if (!summary) return null;
  // Fetch the panel's code beside the readouts' details, not after them.
  void loadMeetingPanel();
  return (
    <DetailsGate
      index={index}
      readoutIds={summary.readoutIds}
      what="the meeting’s statements"
      heading={
        <h2 className="text-xl font-semibold tracking-tight">
          {meetingTitle(index, summary)}, {formatCalendarDay(summary.date)}
        </h2>
      }
    >
      {(details) => {
        // A library readout removed a moment ago may leave the meeting for one render: show nothing.
        const meeting = details.meetings.get(summary.id);
        return meeting ? (
          <MeetingPanel
            index={details}
            meeting={meeting}
            own={own}
            {...panel}
            actions={
              <CompareActions
                meeting={summary}
                picking={compare.pickingFrom === summary.id}
                onCompareWith={compare.startPicking}
                onCompareAccounts={compare.compareAccounts}
              />
            }
          />
        ) : null;
      }}
    </DetailsGate>
  );
}
