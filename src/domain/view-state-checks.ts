/**
 * Checks of a parsed view state against what the dataset holds (years, text lengths, a meeting's
 * readouts): values well-formed in the URL that still cannot be shown are dropped with a notice.
 */
import { quote } from "./query-values";
import type { KnownIds, ViewState } from "./view-state";

/**
 * Drops well-formed values that still cannot be shown: years outside the data, a span beyond the
 * readout's end, accounts that are not the open meeting's, a meeting beside a comparison, a readout
 * of another meeting. The rest of the view stays.
 */
export function checkAgainstDataset(state: ViewState, known: KnownIds, notices: string[]): void {
  const years = known.years;
  if (years) {
    const range = `the meetings run from ${years.first} to ${years.last}`;
    if (state.from !== undefined && state.from > years.last) {
      notices.push(`Ignored from=${state.from}: ${range}.`);
      state.from = undefined;
    }
    if (state.to !== undefined && state.to < years.first) {
      notices.push(`Ignored to=${state.to}: ${range}.`);
      state.to = undefined;
    }
  }
  const length = state.readout ? known.readoutLengths?.get(state.readout) : undefined;
  const spanNotice = length === undefined ? undefined : spanOutsideText(state, length);
  if (spanNotice) {
    notices.push(spanNotice);
    state.span = undefined;
  }
  checkDetailParts(state, known, notices);
  const own = state.meeting ? known.meetingReadouts?.get(state.meeting) : undefined;
  if (state.accounts && own) {
    const foreign = state.accounts.filter((id) => !own.includes(id));
    if (foreign.length > 0) {
      notices.push(
        `Ignored accounts=${quote(state.accounts.join(","))}: ${foreign.map(quote).join(" and ")} ${foreign.length > 1 ? "are not accounts" : "is not an account"} of this meeting.`,
      );
      state.accounts = undefined;
    }
  }
}

/**
 * The detail pane shows one thing: a comparison replaces the meeting (and its accounts), and a
 * readout opened over a meeting or a comparison must be one of theirs (the app only links those).
 */
function checkDetailParts(state: ViewState, known: KnownIds, notices: string[]): void {
  if (state.compare && state.meeting) {
    notices.push(`Ignored meeting=${quote(state.meeting)}: compare= shows two meetings in its place.`);
    if (state.accounts)
      notices.push(`Ignored accounts=${quote(state.accounts.join(","))}: they belong to that meeting.`);
    state.meeting = undefined;
    state.accounts = undefined;
  }
  const around = state.compare ?? (state.meeting ? [state.meeting] : []);
  const readouts = around.flatMap((id) => known.meetingReadouts?.get(id) ?? []);
  if (!state.readout || !known.meetingReadouts || around.length === 0 || readouts.includes(state.readout))
    return;
  const what = state.compare ? "either compared meeting" : "this meeting";
  notices.push(`Ignored readout=${quote(state.readout)}: it is not a readout of ${what}.`);
  if (state.span) notices.push(`Ignored span=${state.span.join("-")}: it points into that readout.`);
  state.readout = undefined;
  state.span = undefined;
}

/**
 * The notice for a span= that reaches past the end of the open readout's text, or undefined when it
 * fits. The meeting index has no texts, so the app calls this once the readout's details load.
 */
export function spanOutsideText(
  state: Pick<ViewState, "readout" | "span">,
  textLength: number,
): string | undefined {
  if (!state.readout || !state.span || state.span[1] <= textLength) return undefined;
  return `Ignored span=${state.span.join("-")}: readout ${quote(state.readout)} has only ${textLength} characters; showing it from the top.`;
}
