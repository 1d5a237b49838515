/**
 * The words formulation mining reads (issue 13): what a word is, where a clause ends (a phrase
 * never spans a comma or a sentence end) and who a statement's words belong to. A hand-written
 * scanner rather than a Unicode regex: at 10,000 meetings the regex alone took most of the time
 * budget. formulation-stream.ts reads the same characters the same way at speed; `wordSpans` here
 * gives the character spans of the positions it numbered. Pure.
 */
import { CHINA, JOINT, NARRATOR, type Statement } from "./schema";

/** Who used a formulation in a statement. */
export type FormulationUser = "china" | "counterpart" | "joint";

export function userOf(statement: Pick<Statement, "party">): FormulationUser | undefined {
  if (statement.party === NARRATOR) return undefined;
  if (statement.party === JOINT) return "joint";
  return statement.party === CHINA ? "china" : "counterpart";
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** Punctuation that ends a clause; hyphens and apostrophes only separate words ("one-China" is "one china"). */
const BREAK_CHARS = '．.,;:!?()[]{}"“”«»—–…/\\';
const BREAKS = new Set([...BREAK_CHARS].map((c) => c.charCodeAt(0)));
/** Kinds of the ASCII characters: 0 separator, 1 word character, 2 clause break. */
export const ASCII_KIND = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_KIND[code] = /[A-Za-z0-9]/.test(char) ? 1 : BREAKS.has(code) ? 2 : 0;
}

/** 0 for a separator, 1 for a word character, 2 for a clause break — the same words as terms.ts's WORD. */
export function kindOf(code: number, text: string, i: number): number {
  if (code < 128) return ASCII_KIND[code]!;
  if (BREAKS.has(code)) return 2;
  return LETTER.test(text[i]!) ? 1 : 0;
}

/**
 * The character span of each position of a statement's text ([at, at] at a clause break): the
 * positions formulation-stream.ts numbers, read by the same rules (a word is a run of word
 * characters; a clause break comes once after words, and always at the end).
 */
export function wordSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  let lastBreak = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i === text.length ? 46 : text.charCodeAt(i);
    const kind = kindOf(code, text, i);
    if (kind === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      spans.push([start, i]);
      lastBreak = false;
    }
    start = -1;
    if (kind === 2 && !lastBreak) {
      spans.push([i, i]);
      lastBreak = true;
    }
  }
  return spans;
}

/**
 * The character span from position `first` to position `last` of a statement's text, read as
 * `wordSpans` reads it but stopping there and keeping no array: the miner asks for one span per
 * formulation, about 10,000 a run at 10,000 meetings, and needs no other span of the statement.
 */
export function positionsSpan(text: string, first: number, last: number): [number, number] {
  let start = -1;
  let lastBreak = true;
  let position = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i === text.length ? 46 : text.charCodeAt(i);
    const kind = kindOf(code, text, i);
    if (kind === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if (position === first) from = start;
      if (position++ === last) return [from, i];
      lastBreak = false;
    }
    start = -1;
    if (kind === 2 && !lastBreak) {
      if (position === first) from = i;
      if (position++ === last) return [from, i];
      lastBreak = true;
    }
  }
  throw new RangeError(`the text has no position ${last}`);
}
