/**
 * Whether two meetings are told by the same kind of account. A comparison of a media article with
 * a foreign-ministry readout shows topics "dropped" that the second publisher simply did not
 * report, so the compare view has to say when the accounts differ (issue 13): this module decides
 * that and words it, without any UI.
 */
import { perspectiveNoun } from "./labels";
import type { Readout } from "./schema";

/** The two facts of a readout that decide what kind of account it is. */
export type AccountOf = Pick<Readout, "publisher" | "perspective">;

export interface AccountDifference {
  /** The publishers differ (e.g. CGTN vs the Chinese Ministry of Foreign Affairs). */
  publisher: boolean;
  /** The perspectives differ (media vs Chinese government vs the counterpart's government). */
  perspective: boolean;
  a: readonly AccountOf[];
  b: readonly AccountOf[];
}

function sameSet(a: Iterable<string>, b: Iterable<string>): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/**
 * How the accounts of two meetings differ, or undefined when they are the same kind of account
 * (same publishers and perspectives) or one side has no account to speak of.
 */
export function accountDifference(
  a: readonly AccountOf[],
  b: readonly AccountOf[],
): AccountDifference | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const publisher = !sameSet(
    a.map((r) => r.publisher),
    b.map((r) => r.publisher),
  );
  const perspective = !sameSet(
    a.map((r) => r.perspective),
    b.map((r) => r.perspective),
  );
  return publisher || perspective ? { publisher, perspective, a, b } : undefined;
}

/** "CGTN, media report"; several accounts joined with " and ". */
export function describeAccounts(accounts: readonly AccountOf[]): string {
  return accounts.map((r) => `${r.publisher}, ${perspectiveNoun(r.perspective)}`).join(" and ");
}

/** "CGTN, media report vs Chinese Ministry of Foreign Affairs, Chinese government readout". */
export function accountContrast(difference: AccountDifference): string {
  return `${describeAccounts(difference.a)} vs ${describeAccounts(difference.b)}`;
}

/** What differs, in words: "publisher and perspective", "publisher", "perspective". */
export function differsIn(difference: AccountDifference): string {
  if (difference.publisher && difference.perspective) return "publisher and perspective";
  return difference.publisher ? "publisher" : "perspective";
}
