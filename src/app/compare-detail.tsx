/**
 * The detail pane while something is compared: two meetings (compare=) or two accounts of one
 * meeting (accounts=). Every button is a named transition of the URL state, so Back and shared
 * links follow; a statement's source opens over the comparison and closing it comes back here.
 */
import type { MeetingIndex } from "../domain/meeting-index";
import type { Statement } from "../domain/schema";
import {
  closeAccounts,
  closeComparison,
  openAccounts,
  openSource,
  serializeViewState,
  swapAccounts,
  swapComparison,
} from "../domain/view-state";
import type { CompareSubject } from "../features/compare/compare-subject";
import { DetailsGate } from "./details-gate";
import { CompareView, loadCompareView } from "./lazy-views";
import type { ViewStateApi } from "./use-view-state";

interface CompareDetailProps extends Pick<ViewStateApi, "state" | "navigate"> {
  index: MeetingIndex;
  subject: CompareSubject;
}

export function CompareDetail({ index, subject, state, navigate }: CompareDetailProps) {
  const sourceHref = (statement: Statement) =>
    serializeViewState(openSource(state, statement.readoutId, statement.span)) || "?";
  const openStatementSource = (statement: Statement) =>
    navigate((current) => openSource(current, statement.readoutId, statement.span));
  const accounts = subject.kind === "accounts";
  // Both meetings' (or the one meeting's) readouts: the comparison needs their statements.
  const meetingIds = subject.kind === "meetings" ? subject.meetingIds : [subject.meetingId];
  const readoutIds = [...new Set(meetingIds.flatMap((id) => index.meetings.get(id)?.readoutIds ?? []))];
  void loadCompareView();
  return (
    <DetailsGate
      index={index}
      readoutIds={readoutIds}
      what={accounts ? "the accounts to compare" : "the statements to compare"}
    >
      {(details) => (
        <CompareView
          index={details}
          subject={subject}
          // Swapping re-orders the same comparison; it replaces the entry so Back leaves the comparison.
          onSwap={() => navigate(accounts ? swapAccounts : swapComparison, { mode: "replace" })}
          onClose={() => navigate(accounts ? closeAccounts : closeComparison)}
          onChooseAccounts={
            subject.kind === "accounts"
              ? (readoutIds) => navigate((current) => openAccounts(current, subject.meetingId, readoutIds))
              : undefined
          }
          sourceHref={sourceHref}
          onOpenSource={openStatementSource}
        />
      )}
    </DetailsGate>
  );
}
