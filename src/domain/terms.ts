/**
 * How text becomes search terms. The search index, the phrase matcher and the highlighter share
 * these functions, so a word is marked exactly when the search could have matched it.
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
 * ("what did they say about climate" searches for "climate"), and the "s" an apostrophe splits off
 * a possessive, so "China’s role" searches for "china role" and marks no lone "s".
 */
const STOP_WORDS = new Set(
  "a about also an and are as at be been but by did do does for from had has have he her his i in into is it its of on or our over s said say says she so than that the their them then there these they this those to was we were what when where which who will with would you".split(
    " ",
  ),
);

/** Lower-cases and strips accents ("Côte" → "cote"), keeping every word (phrases need "and", "of"). */
export function foldWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** True for the function words that never narrow a search. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/** Folds a word for the index; returns null for stop words so they are neither indexed nor searched. */
export function normaliseTerm(word: string): string | null {
  const term = foldWord(word);
  return term === "" || STOP_WORDS.has(term) ? null : term;
}

/** The folded words of a text, stop words included, in order. */
export function foldedWords(text: string): string[] {
  return text.split(WORD_SEPARATOR).filter(Boolean).map(foldWord);
}

/** A query split into loose words (prefix and typo tolerant) and "quoted phrases" (matched exactly). */
export interface ParsedQuery {
  words: string[];
  /** Each phrase as its folded words, stop words kept: "fairness and justice" → ["fairness", "and", "justice"]. */
  phrases: string[][];
}

/** Splits out text in double quotes (straight or curly) as phrases; an unclosed quote runs to the end. */
export function parseQuery(query: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  const parts = query.split(/["“”„]/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) words.push(...part.split(WORD_SEPARATOR).filter(Boolean));
    else {
      const phrase = foldedWords(part);
      // A one-word phrase is an exact word; keep it a phrase so it gets no prefix or typo expansion.
      if (phrase.length > 0) phrases.push(phrase);
    }
  });
  return { words, phrases };
}

/** True when a query has something to search for: a word that is not a stop word, or a quoted phrase. */
export function isSearchable(query: string): boolean {
  const { words, phrases } = parseQuery(query);
  return words.some((word) => normaliseTerm(word) !== null) || phrases.length > 0;
}
