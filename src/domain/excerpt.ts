/** The words around a search match, for a result's one-line reason for matching. Pure. */
import { highlight } from "./highlight";
import { foldWord } from "./terms";

const CONTEXT = 90;

interface Mark {
  at: number;
  /** The marked words folded, so "China" and "china" count as one term. */
  folded: string;
}

function marksOf(text: string, terms: readonly string[]): Mark[] {
  const marks: Mark[] = [];
  let offset = 0;
  for (const segment of highlight(text, terms)) {
    if (segment.marked) marks.push({ at: offset, folded: foldWord(segment.text) });
    offset += segment.text.length;
  }
  return marks;
}

/** How many different terms are marked in `text` (0 when none is). */
export function distinctMarks(text: string, terms: readonly string[]): number {
  return new Set(marksOf(text, terms).map((mark) => mark.folded)).size;
}

/**
 * `text` cut to about `context` characters either side of a marked word, at word boundaries, with
 * "…" where it was cut; undefined when nothing in it is marked. The word chosen is the first whose
 * surroundings hold the most different terms: for "one-China principle" in a long readout, the
 * passage saying "one-China principle", not the first one saying "China".
 */
export function excerptAround(text: string, terms: readonly string[], context = CONTEXT): string | undefined {
  const marks = marksOf(text, terms);
  if (marks.length === 0) return undefined;
  if (text.length <= context * 2) return text.trim();
  let at = marks[0]!.at;
  let most = 0;
  for (const mark of marks) {
    const near = marks.filter((other) => Math.abs(other.at - mark.at) <= context);
    const count = new Set(near.map((other) => other.folded)).size;
    if (count > most) [at, most] = [mark.at, count];
  }
  const from = at - context;
  const start = from <= 0 ? 0 : Math.max(0, text.lastIndexOf(" ", from));
  const to = text.indexOf(" ", Math.min(text.length, at + context));
  const end = to < 0 ? text.length : to;
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

/** The first `count` words of `text`, with "…" when there are more: a statement's one-line opening. */
export function openingWords(text: string, count = 12): string {
  const words = text.split(/\s+/);
  return words.length <= count ? text : `${words.slice(0, count).join(" ")}…`;
}
