/**
 * Splits a text into plain and marked pieces for a list of matched search terms, so the UI can
 * wrap the marked pieces in <mark> elements. Pure data in, data out: the text is never treated as
 * markup, whatever it contains.
 */
import { foldWord, normaliseTerm, WORD } from "./terms";

export interface TextSegment {
  text: string;
  marked: boolean;
}

interface WordAt {
  folded: string;
  start: number;
  end: number;
}

/**
 * Marks every whole word of `text` whose normalised form is one of `terms` (terms as the search
 * returns them; they are normalised again here, so "Ukraine" and "ukraine" both work). A term of
 * several words ("fairness and justice") is a phrase: only that run of words is marked, as one
 * piece. Joining the segments' text always gives back `text` exactly.
 */
export function highlight(text: string, terms: readonly string[]): TextSegment[] {
  const single = new Set<string>();
  const phrases: string[][] = [];
  for (const term of terms) {
    const words = term.match(WORD)?.map(foldWord) ?? [];
    if (words.length > 1) phrases.push(words);
    else {
      const normal = words[0] === undefined ? null : normaliseTerm(words[0]);
      if (normal !== null) single.add(normal);
    }
  }
  if ((single.size === 0 && phrases.length === 0) || text === "")
    return text === "" ? [] : [{ text, marked: false }];

  const words: WordAt[] = [];
  for (const match of text.matchAll(WORD))
    words.push({ folded: foldWord(match[0]), start: match.index, end: match.index + match[0].length });

  const segments: TextSegment[] = [];
  const push = (piece: string, marked: boolean) => {
    if (piece !== "") segments.push({ text: piece, marked });
  };
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const phrase = phrases.find((p) => p.every((w, k) => words[i + k]?.folded === w));
    const length = phrase ? phrase.length : single.has(word.folded) ? 1 : 0;
    if (length === 0) continue;
    const last = words[i + length - 1]!;
    push(text.slice(cursor, word.start), false);
    push(text.slice(word.start, last.end), true);
    cursor = last.end;
    i += length - 1;
  }
  push(text.slice(cursor), false);
  return segments;
}

/** True when any word of `text` would be marked for `terms`. */
export function mentionsAny(text: string, terms: readonly string[]): boolean {
  return highlight(text, terms).some((segment) => segment.marked);
}
