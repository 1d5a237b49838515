/**
 * Wires the compare feature (issue 5) into the explorer: the two-step "Compare with…" choice,
 * the compare=a,b URL (swap, close, open a statement's source), and comparing the accounts of
 * one meeting. Kept out of explorer.tsx so the explorer reads as layout, not as compare logic.
 */
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { meetingTitle } from "../domain/dataset-index";
import type { MeetingIndex } from "../domain/meeting-index";
import type { Statement } from "../domain/schema";
import { serializeViewState } from "../domain/view-state";
import { formatCalendarDay } from "../domain/calendar-day";
import { CompareActions } from "../features/compare/compare-actions";
import { defaultAccountPair, type CompareSubject } from "../features/compare/compare-model";
import { CompareView } from "../features/compare/compare-view";
import { PickingBanner } from "../features/compare/picking-banner";
import { DetailsGate } from "./details-gate";
import type { ViewStateApi } from "./use-view-state";

export interface CompareFlow {
  /** A banner while the reader is choosing the second meeting; null otherwise. */
  banner: ReactNode;
  /**
   * Call first when a meeting is chosen on the timeline or in the list: if the reader is
   * choosing a second meeting, this opens the comparison and returns true (the click is used).
   */
  completePicking(meetingId: string): boolean;
  /** The compare view for the detail pane, or undefined when nothing is being compared. */
  detail: ReactNode | undefined;
  /** "Xi Jinping – Vladimir Putin: 2022 and 2024" for the page title while two meetings are compared. */
  title: string | undefined;
  /** The meeting panel's "Compare with…" / "Compare its accounts" buttons for this meeting. */
  actionsFor(meetingId: string): ReactNode;
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
  { state, update }: Pick<ViewStateApi, "state" | "update">,
): CompareFlow {
  const [pickingFrom, setPickingFrom] = useState<string>();
  // Two accounts of the open meeting: in the URL (meeting=&accounts=), so the view can be shared.
  const openMeeting = state.meeting ? index.meetings.get(state.meeting) : undefined;
  const accounts =
    openMeeting && state.accounts?.every((id) => openMeeting.readoutIds.includes(id))
      ? state.accounts
      : undefined;
  const setAccounts = useCallback(
    (readoutIds: [string, string] | undefined) => update({ accounts: readoutIds }, { mode: "push" }),
    [update],
  );

  const completePicking = useCallback(
    (meetingId: string) => {
      if (!pickingFrom || pickingFrom === meetingId) return false;
      setPickingFrom(undefined);
      update(
        {
          compare: [pickingFrom, meetingId],
          meeting: undefined,
          accounts: undefined,
          readout: undefined,
          span: undefined,
        },
        { mode: "push" },
      );
      return true;
    },
    [pickingFrom, update],
  );

  // The source viewer opens over the comparison (readout=&span= beside compare=), so closing it comes back here.
  const sourceHref = (statement: Statement) =>
    serializeViewState({ ...state, readout: statement.readoutId, span: statement.span }) || "?";
  const openSource = (statement: Statement) =>
    update({ readout: statement.readoutId, span: statement.span }, { mode: "push" });

  let detail: ReactNode | undefined;
  const pair = state.compare;
  // One subject object per pair, so the compare view's memoised model and word overlaps are reused
  // across renders (a keystroke in the search box re-renders the explorer).
  const [a, b] = pair ?? accounts ?? [];
  const meetingId = openMeeting?.id;
  const kind = pair ? "meetings" : accounts && meetingId ? "accounts" : undefined;
  const subject = useMemo<CompareSubject | undefined>(() => {
    if (!a || !b || !kind) return undefined;
    return kind === "meetings"
      ? { kind, meetingIds: [a, b] }
      : { kind, meetingId: meetingId!, readoutIds: [a, b] };
  }, [kind, a, b, meetingId]);
  // Both meetings' (or the one meeting's) readouts: the comparison needs their statements.
  const readoutIds = [
    ...new Set((pair ?? [meetingId]).flatMap((id) => (id && index.meetings.get(id)?.readoutIds) || [])),
  ];
  if (pair && subject) {
    detail = (
      <DetailsGate index={index} readoutIds={readoutIds} what="the statements to compare">
        {(details) => (
          <CompareView
            index={details}
            subject={subject}
            // Swapping re-orders the same comparison; it replaces the entry so Back leaves the comparison.
            onSwap={() => update({ compare: [pair[1], pair[0]] }, { mode: "replace" })}
            onClose={() => update({ compare: undefined, meeting: pair[0] }, { mode: "push" })}
            sourceHref={sourceHref}
            onOpenSource={openSource}
          />
        )}
      </DetailsGate>
    );
  } else if (accounts && openMeeting && subject) {
    detail = (
      <DetailsGate index={index} readoutIds={readoutIds} what="the accounts to compare">
        {(details) => (
          <CompareView
            index={details}
            subject={subject}
            onSwap={() => update({ accounts: [accounts[1], accounts[0]] }, { mode: "replace" })}
            onClose={() => setAccounts(undefined)}
            onChooseAccounts={(readoutIds) => setAccounts(readoutIds)}
            sourceHref={sourceHref}
            onOpenSource={openSource}
          />
        )}
      </DetailsGate>
    );
  }

  const actionsFor = (meetingId: string) => {
    const meeting = index.meetings.get(meetingId);
    if (!meeting) return null;
    return (
      <CompareActions
        meeting={meeting}
        picking={pickingFrom === meetingId}
        onCompareWith={setPickingFrom}
        onCompareAccounts={(id) => {
          const readoutIds = defaultAccountPair(meeting);
          if (readoutIds) update({ meeting: id, accounts: readoutIds }, { mode: "push" });
        }}
      />
    );
  };

  return {
    title: pair ? comparisonTitle(index, pair) : undefined,
    banner: pickingFrom ? (
      <PickingBanner index={index} meetingId={pickingFrom} onCancel={() => setPickingFrom(undefined)} />
    ) : null,
    completePicking,
    detail,
    actionsFor,
  };
}
