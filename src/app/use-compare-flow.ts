/**
 * The state of the compare feature (issue 5) in the explorer: the two-step "Compare with…" choice
 * (local: it is a gesture in progress, not a view to share) and what the URL says is compared —
 * two meetings (compare=a,b) or two accounts of the open meeting (meeting=&accounts=). Returns data
 * and callbacks; src/app/compare-detail.tsx and the explorer render them.
 */
import { useCallback, useMemo, useState } from "react";
import { formatCalendarDay } from "../domain/calendar-day";
import { meetingTitle } from "../domain/dataset-index";
import type { MeetingIndex } from "../domain/meeting-index";
import { openAccounts, openComparison } from "../domain/view-state";
import { defaultAccountPair, type CompareSubject } from "../features/compare/compare-subject";
import type { ViewStateApi } from "./use-view-state";

export interface CompareFlow {
  /** The meeting chosen first while the reader picks the second one; undefined otherwise. */
  pickingFrom: string | undefined;
  /** "Compare with…": the next meeting chosen completes the pair. */
  startPicking(meetingId: string): void;
  cancelPicking(): void;
  /**
   * Call first when a meeting is chosen on the timeline or in the list: if the reader is
   * choosing a second meeting, this opens the comparison and returns true (the click is used).
   */
  completePicking(meetingId: string): boolean;
  /** "Compare its accounts": the meeting's first two readouts side by side. */
  compareAccounts(meetingId: string): void;
  /** What the detail pane compares now, or undefined; one object per pair so views can memoise on it. */
  subject: CompareSubject | undefined;
  /** "Compare Xi Jinping – Vladimir Putin: …" for the page title while two meetings are compared. */
  title: string | undefined;
}

function comparisonTitle(index: MeetingIndex, ids: readonly [string, string]): string | undefined {
  const [a, b] = ids.map((id) => index.meetings.get(id));
  if (!a || !b) return undefined;
  const [titleA, titleB] = [meetingTitle(index, a), meetingTitle(index, b)];
  const when = `${formatCalendarDay(a.date, "short")} and ${formatCalendarDay(b.date, "short")}`;
  return titleA === titleB ? `Compare ${titleA}: ${when}` : `Compare ${titleA} and ${titleB}: ${when}`;
}

export function useCompareFlow(
  index: MeetingIndex,
  { state, navigate }: Pick<ViewStateApi, "state" | "navigate">,
): CompareFlow {
  const [pickingFrom, setPickingFrom] = useState<string>();
  const openMeeting = state.meeting ? index.meetings.get(state.meeting) : undefined;
  // Accounts count only when both readouts belong to the open meeting.
  const accounts =
    openMeeting && state.accounts?.every((id) => openMeeting.readoutIds.includes(id))
      ? state.accounts
      : undefined;

  const completePicking = useCallback(
    (meetingId: string) => {
      if (!pickingFrom || pickingFrom === meetingId) return false;
      setPickingFrom(undefined);
      navigate((current) => openComparison(current, [pickingFrom, meetingId]));
      return true;
    },
    [pickingFrom, navigate],
  );
  const compareAccounts = useCallback(
    (meetingId: string) => {
      const meeting = index.meetings.get(meetingId);
      const readoutIds = meeting && defaultAccountPair(meeting);
      if (readoutIds) navigate((current) => openAccounts(current, meetingId, readoutIds));
    },
    [index, navigate],
  );

  const pair = state.compare;
  const [a, b] = pair ?? accounts ?? [];
  const meetingId = openMeeting?.id;
  const kind = pair ? "meetings" : accounts && meetingId ? "accounts" : undefined;
  const subject = useMemo<CompareSubject | undefined>(() => {
    if (!a || !b || !kind) return undefined;
    return kind === "meetings"
      ? { kind, meetingIds: [a, b] }
      : { kind, meetingId: meetingId!, readoutIds: [a, b] };
  }, [kind, a, b, meetingId]);

  return {
    pickingFrom,
    startPicking: setPickingFrom,
    cancelPicking: useCallback(() => setPickingFrom(undefined), []),
    completePicking,
    compareAccounts,
    subject,
    title: pair ? comparisonTitle(index, pair) : undefined,
  };
}
