/**
 * Splits a text into plain and marked pieces for a list of matched search terms, so the UI can
 * wrap the marked pieces in <mark> elements. Pure data in, data out: the text is never treated as
 * markup, whatever it contains.
 */
import { normaliseTerm, WORD } from "./terms";

export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Marks every whole word of `text` whose normalised form is one of `terms` (terms as the search
 * returns them; they are normalised again here, so "Ukraine" and "ukraine" both work). Joining the
 * segments' text always gives back `text` exactly.
 */
export function highlight(text: string, terms: readonly string[]): TextSegment[] {
  const wanted = new Set(terms.map((t) => normaliseTerm(t)).filter((t): t is string => t !== null));
  if (wanted.size === 0 || text === "") return text === "" ? [] : [{ text, marked: false }];

  const segments: TextSegment[] = [];
  const push = (piece: string, marked: boolean) => {
    if (piece !== "") segments.push({ text: piece, marked });
  };
  let cursor = 0;
  for (const match of text.matchAll(WORD)) {
    const term = normaliseTerm(match[0]);
    if (term === null || !wanted.has(term)) continue;
    push(text.slice(cursor, match.index), false);
    push(match[0], true);
    cursor = match.index + match[0].length;
  }
  push(text.slice(cursor), false);
  return segments;
}

/** True when any word of `text` would be marked for `terms`. */
export function mentionsAny(text: string, terms: readonly string[]): boolean {
  return highlight(text, terms).some((segment) => segment.marked);
}
