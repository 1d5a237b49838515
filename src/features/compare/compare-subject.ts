/**
 * What a comparison is of, and its default pair of accounts: all the app needs before the compare
 * view itself loads (app/lazy-views), so the comparison's code stays out of the first download.
 */
import type { Meeting } from "../../domain/schema";

/** What to compare: two meetings (the URL's compare=a,b), or two readouts of one meeting. */
export type CompareSubject =
  | { kind: "meetings"; meetingIds: readonly [string, string] }
  | { kind: "accounts"; meetingId: string; readoutIds: readonly [string, string] };

/** The first two readouts of a meeting, if it has two: the default pair of accounts to compare. */
export function defaultAccountPair(meeting: Pick<Meeting, "readoutIds">): [string, string] | undefined {
  const [a, b] = meeting.readoutIds;
  return a && b ? [a, b] : undefined;
}
