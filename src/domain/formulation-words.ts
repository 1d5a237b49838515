/**
 * The word stream formulation mining reads (issue 13): every side's statements (narration is the
 * publisher's voice, not a side's official language), cut into clauses so a phrase never spans a
 * comma or a sentence end, each word folded and given a number. A hand-written scanner rather than
 * a Unicode regex: at 10,000 meetings the regex alone took most of the time budget. Pure.
 */
import { CHINA, JOINT, NARRATOR, type Meeting, type Statement } from "./schema";
import { hashStep, HASH_START, WordNumbers } from "./word-numbers";

/** Who used a formulation in a statement. */
export type FormulationUser = "china" | "counterpart" | "joint";

/** Words with positions: `ids[i]` is the word's number, or -1 at a clause break. */
export interface WordStream {
  ids: Int32Array;
  /** The first position of each statement (a statement's positions are consecutive). */
  firstPosition: Int32Array;
  /** The meeting of each statement (index into the meetings given): non-decreasing. */
  meetingOf: Int32Array;
  statements: { statement: Statement; meeting: number; user: FormulationUser }[];
  /** Folded word of each number. */
  words: string[];
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

/** What a scan of one statement reports, in text order. */
interface ScanSink {
  /** `hash`: the word's `hashStep` hash, or -1 when it is not all ASCII. */
  word(text: string, start: number, end: number, hash: number): void;
  /** A clause break; never two in a row, and one always ends the statement. */
  clause(at: number): void;
}

/** The one scanner: mining and `wordSpans` see the same positions. */
function scan(text: string, sink: ScanSink) {
  let start = -1;
  let lastBreak = true;
  // Each word is hashed as it is read, so numbering it need not read it again (unless not ASCII: -1).
  let hash = HASH_START;
  for (let i = 0; i <= text.length; i++) {
    const code = i === text.length ? 46 : text.charCodeAt(i);
    const kind = code < 128 ? ASCII_KIND[code]! : kindOf(code, text, i);
    if (kind === 1) {
      if (start < 0) {
        start = i;
        hash = HASH_START;
      }
      if (hash !== -1) hash = code < 128 ? hashStep(hash, code) : -1;
      continue;
    }
    if (start >= 0) {
      sink.word(text, start, i, hash);
      lastBreak = false;
    }
    start = -1;
    if (kind === 2 && !lastBreak) {
      sink.clause(i);
      lastBreak = true;
    }
  }
}

class Growable {
  data: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number) {
    if (this.size === this.data.length) {
      const next = new Int32Array(Math.ceil(this.data.length * 1.5));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = value;
  }
  /** A view, not a copy: the stream is large and lives as long as the mining. */
  done() {
    return this.data.subarray(0, this.size);
  }
}

/** Appends a statement's positions to the stream. */
class StreamSink implements ScanSink {
  readonly numbers = new WordNumbers();
  readonly ids: Growable;
  constructor(capacity: number) {
    this.ids = new Growable(capacity);
  }
  word(text: string, start: number, end: number, hash: number) {
    this.ids.push(
      hash === -1
        ? this.numbers.numberOf(text, start, end)
        : this.numbers.numberOfAscii(text, start, end, hash),
    );
  }
  clause() {
    this.ids.push(-1);
  }
}

/** One pass over the meetings' statements; meetings are numbered by their index in `meetings`. */
export function buildWordStream(meetings: readonly Pick<Meeting, "statements">[]): WordStream {
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
  const sink = new StreamSink(Math.ceil(characters / 5) + statements.length);
  const firstPosition = new Int32Array(statements.length);
  const meetingOf = new Int32Array(statements.length);
  statements.forEach((entry, s) => {
    firstPosition[s] = sink.ids.size;
    meetingOf[s] = entry.meeting;
    scan(entry.statement.text, sink);
  });
  return { ids: sink.ids.done(), firstPosition, meetingOf, statements, words: sink.numbers.words };
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

/** The character span of each position of a statement's text ([at, at] at a clause break). */
export function wordSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  scan(text, {
    word: (_, start, end) => spans.push([start, end]),
    clause: (at) => spans.push([at, at]),
  });
  return spans;
}
