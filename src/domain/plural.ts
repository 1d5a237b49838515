/**
 * Counts as the app prints them ("1 meeting", "3 meetings"): one helper, so no view writes
 * "1 meetings". English plural rules through Intl.PluralRules, the seam for another language.
 */
const rules = new Intl.PluralRules("en");

/** The noun for `n`: `one` when the rules say "one", else `other` (by default `one` + "s"). */
export function pluralNoun(n: number, one: string, other = `${one}s`): string {
  return rules.select(n) === "one" ? one : other;
}

/** `n` and its noun: countOf(1, "meeting") is "1 meeting", countOf(0, "meeting") "0 meetings". */
export function countOf(n: number, one: string, other?: string): string {
  return `${n} ${pluralNoun(n, one, other)}`;
}
