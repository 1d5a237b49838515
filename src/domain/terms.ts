/**
 * How text becomes search terms. The search index and the highlighter share these two functions,
 * so a word is marked exactly when the index could have matched it.
 */

/**
 * A word is a run of letters, digits and combining marks; everything else separates words. Stricter
 * than minisearch's default (which keeps symbols such as "<" and "=" inside words), so "<img" and
 * "img" are the same word to the index and to the highlighter.
 */
export const WORD_SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;

/** Matches one word, for finding words with their offsets. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Words too common to narrow a search: function words, and the reporting verbs every readout uses
 * ("what did they say about climate" searches for "climate").
 */
const STOP_WORDS = new Set(
  "a about also an and are as at be been but by did do does for from had has have he her his i in into is it its of on or our over said say says she so than that the their them then there these they this those to was we were what when where which who will with would you".split(
    " ",
  ),
);

/** Lower-cases and strips accents ("Côte" → "cote"); returns null for stop words so they are neither indexed nor searched. */
export function normaliseTerm(word: string): string | null {
  const term = word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return term === "" || STOP_WORDS.has(term) ? null : term;
}
