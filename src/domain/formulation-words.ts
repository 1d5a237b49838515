/**
 * The word stream formulation mining reads (issue 13): every side's statements (narration is the
 * publisher's voice, not a side's official language), cut into clauses so a phrase never spans a
 * comma or a sentence end, each word folded, given a number and a class (`formulation-vocabulary`),
 * and the content words ranked in stream order, all in the one pass over the text: at 10,000
 * meetings every further pass over the stream's millions of positions cost tens of milliseconds.
 * A hand-written scanner rather than a Unicode regex: the regex alone took most of the time budget. Pure.
 */
import { CONTENT, EXCLUDED } from "./formulation-gram-columns";
import { CHINA, JOINT, NARRATOR, type Meeting, type Statement } from "./schema";
import { grown, Int32Column, Uint8Column } from "./typed-columns";
import { CHECK_START, checkStep, HASH_START, hashStep, WordNumbers } from "./word-numbers";

/** Who used a formulation in a statement. */
export type FormulationUser = "china" | "counterpart" | "joint";

/** The content words in stream order (by rank): position, meeting, and whether the next one is in the same clause. */
export interface ContentWords {
  at: Int32Array;
  /** The word at that position, and the word after it (-1 when a break or an excluded word follows). */
  word: Int32Array;
  next: Int32Array;
  meeting: Int32Array;
  nextInClause: Uint8Array;
  /** Per word: distinct meetings using it. */
  wordMeetings: Int32Array;
}

/** Words with positions: `ids[i]` is the word's number, or -1 at a clause break. */
export interface WordStream {
  ids: Int32Array;
  /** The first position of each statement (a statement's positions are consecutive). */
  firstPosition: Int32Array;
  /** The meeting of each statement (index into the meetings given): non-decreasing. */
  meetingOf: Int32Array;
  statements: { statement: Statement; meeting: number; user: FormulationUser }[];
  /** Folded word of each number, and its class. */
  words: string[];
  kinds: Uint8Array;
  content: ContentWords;
}

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
const ASCII_KIND = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_KIND[code] = /[A-Za-z0-9]/.test(char) ? 1 : BREAKS.has(code) ? 2 : 0;
}

/** 0 for a separator, 1 for a word character, 2 for a clause break — the same words as terms.ts's WORD. */
function kindOf(code: number, text: string, i: number): number {
  if (code < 128) return ASCII_KIND[code]!;
  if (BREAKS.has(code)) return 2;
  return LETTER.test(text[i]!) ? 1 : 0;
}

/** Marks a position of `ScannedWords` that is a clause break, not a word. */
const BREAK = -1;
/** Marks a word's hash when it is not all ASCII (it is numbered from its folded string). */
const NOT_ASCII = -1;

/** One statement's positions as the scanner read them; reused from statement to statement. */
class ScannedWords {
  count = 0;
  /** Where each word starts, or BREAK; where it ends (at a break: where the break is). */
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** `hashStep` and `checkStep` hashes of each ASCII word (`hash` is NOT_ASCII otherwise). */
  hash = new Int32Array(256);
  check = new Int32Array(256);
  push(start: number, end: number, hash: number, check: number) {
    if (this.count === this.start.length) {
      const size = this.count * 2;
      this.start = grown(this.start, size);
      this.end = grown(this.end, size);
      this.hash = grown(this.hash, size);
      this.check = grown(this.check, size);
    }
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.hash[k] = hash;
    this.check[k] = check;
  }
}

/** The one scanner: mining and `wordSpans` see the same positions. A break is never doubled and always ends the text. */
function scan(text: string, out: ScannedWords) {
  out.count = 0;
  const length = text.length;
  let lastBreak = true;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    let kind = code < 128 ? ASCII_KIND[code]! : kindOf(code, text, i);
    if (kind === 1) {
      // A word, hashed as it is read so that numbering it need not read it again.
      const start = i;
      let hash = HASH_START;
      let check = CHECK_START;
      let ascii = true;
      for (;;) {
        if (code < 128) {
          hash = hashStep(hash, code);
          check = checkStep(check, code);
        } else ascii = false;
        if (++i === length) break;
        code = text.charCodeAt(i);
        kind = code < 128 ? ASCII_KIND[code]! : kindOf(code, text, i);
        if (kind !== 1) break;
      }
      out.push(start, i, ascii ? hash : NOT_ASCII, check);
      lastBreak = false;
      if (i === length) break;
    }
    if (kind === 2 && !lastBreak) {
      out.push(BREAK, i, 0, 0);
      lastBreak = true;
    }
    i++;
  }
  // The end of the text ends a clause.
  if (!lastBreak) out.push(BREAK, length, 0, 0);
}

/**
 * One pass over the meetings' statements; meetings are numbered by their index in `meetings`.
 * `classify` gives a folded word its class (CONTENT, FUNCTION, EXCLUDED …), once per word.
 */
export function buildWordStream(
  meetings: readonly Pick<Meeting, "statements">[],
  classify: (word: string) => number = () => CONTENT,
): WordStream {
  const statements: WordStream["statements"] = [];
  let characters = 0;
  meetings.forEach((meeting, m) => {
    for (const statement of meeting.statements) {
      const user = userOf(statement);
      if (!user) continue;
      statements.push({ statement, meeting: m, user });
      characters += statement.text.length;
    }
  });
  // Readout prose averages six or seven characters a word with its space: a fifth rarely grows.
  const ids = new Int32Column(Math.ceil(characters / 5) + statements.length);
  // About one word in two is a content word.
  const contentAt = new Int32Column(Math.ceil(characters / 12));
  const contentMeeting = new Int32Column(Math.ceil(characters / 12));
  const contentWord = new Int32Column(Math.ceil(characters / 12));
  const contentNext = new Int32Column(Math.ceil(characters / 12));
  const nextInClause = new Uint8Column();
  const kinds = new Uint8Column();
  const wordMeetings = new Int32Column(4096);
  const lastMeeting = new Int32Column(4096);
  const numbers = new WordNumbers();
  const scanned = new ScannedWords();
  const firstPosition = new Int32Array(statements.length);
  const meetingOf = new Int32Array(statements.length);
  let open = false; // the last content word's clause goes on
  let waiting = false; // the last position was a content word, whose next word is this one
  statements.forEach((entry, s) => {
    const m = entry.meeting;
    const text = entry.statement.text;
    firstPosition[s] = ids.size;
    meetingOf[s] = m;
    scan(text, scanned);
    for (let k = 0; k < scanned.count; k++) {
      const start = scanned.start[k]!;
      if (start === BREAK) {
        ids.push(-1);
        if (waiting) contentNext.push(-1);
        open = waiting = false;
        continue;
      }
      const end = scanned.end[k]!;
      const hash = scanned.hash[k]!;
      const id =
        hash === NOT_ASCII
          ? numbers.numberOf(text, start, end)
          : numbers.numberOfAscii(text, start, end, hash, scanned.check[k]!);
      if (id === wordMeetings.size) {
        kinds.reserve(id);
        kinds.data[id] = classify(numbers.words[id]!);
        wordMeetings.push(0);
        lastMeeting.push(-1);
      }
      const kind = kinds.data[id]!;
      if (waiting) contentNext.push(kind === EXCLUDED ? -1 : id);
      waiting = kind === CONTENT;
      if (kind === CONTENT) {
        if (open) nextInClause.data[contentAt.size - 1] = 1;
        nextInClause.reserve(contentAt.size);
        contentAt.push(ids.size);
        contentMeeting.push(m);
        contentWord.push(id);
        // Meetings never decrease along the stream, so a change of meeting is a new one.
        if (lastMeeting.data[id] !== m) {
          lastMeeting.data[id] = m;
          wordMeetings.data[id]!++;
        }
        open = true;
      } else if (kind === EXCLUDED) open = false;
      ids.push(id);
    }
  });
  nextInClause.reserve(contentAt.size);
  return {
    ids: ids.done(),
    firstPosition,
    meetingOf,
    statements,
    words: numbers.words,
    kinds: kinds.data.subarray(0, wordMeetings.size),
    content: {
      at: contentAt.done(),
      meeting: contentMeeting.done(),
      word: contentWord.done(),
      next: contentNext.done(),
      nextInClause: nextInClause.data.subarray(0, contentAt.size),
      wordMeetings: wordMeetings.done(),
    },
  };
}

/** The statement holding a position (a binary search over the statements' first positions). */
export function statementAt(stream: Pick<WordStream, "firstPosition">, position: number): number {
  const starts = stream.firstPosition;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

const spansScratch = new ScannedWords();

/** The characters from the start of position `from` to the end of position `to` of a statement's text. */
export function positionsSpan(text: string, from: number, to: number): [number, number] {
  scan(text, spansScratch);
  const start = spansScratch.start[from]!;
  return [start === BREAK ? spansScratch.end[from]! : start, spansScratch.end[to]!];
}

/** The character span of each position of a statement's text ([at, at] at a clause break). */
export function wordSpans(text: string): [number, number][] {
  scan(text, spansScratch);
  const spans: [number, number][] = [];
  for (let k = 0; k < spansScratch.count; k++) {
    const end = spansScratch.end[k]!;
    const start = spansScratch.start[k]!;
    spans.push([start === BREAK ? end : start, end]);
  }
  return spans;
}
