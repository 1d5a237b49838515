/**
 * The explorer's view in the words the live region uses (announcement.ts): what the detail pane
 * shows, and a key that changes whenever the filters do.
 */
import { formatCalendarDay } from "../domain/calendar-day";
import { meetingTitle } from "../domain/dataset-index";
import type { MeetingIndex } from "../domain/meeting-index";
import { serializeViewState, type ViewState } from "../domain/view-state";
import { detailSentence } from "./announcement";
import type { CompareFlow } from "./use-compare-flow";

function titled(index: MeetingIndex, id: string | undefined) {
  const meeting = id ? index.meetings.get(id) : undefined;
  return meeting ? { title: meetingTitle(index, meeting), date: formatCalendarDay(meeting.date) } : undefined;
}

export function describeDetail(
  index: MeetingIndex,
  state: ViewState,
  compare: Pick<CompareFlow, "pickingFrom" | "subject" | "title">,
): string {
  const subject = compare.subject;
  return detailSentence({
    picking: titled(index, compare.pickingFrom),
    readoutBy: state.readout ? (index.readouts.get(state.readout)?.publisher ?? state.readout) : undefined,
    comparison: compare.title,
    accountsOf: subject?.kind === "accounts" ? titled(index, subject.meetingId)?.title : undefined,
    meeting: titled(index, state.meeting),
  });
}

/** Every filter of the view and nothing of what is open, as one string. */
export function filterKey(state: ViewState): string {
  return serializeViewState({
    ...state,
    meeting: undefined,
    compare: undefined,
    accounts: undefined,
    readout: undefined,
    span: undefined,
    view: undefined,
  });
}
