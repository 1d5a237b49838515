/**
 * The character scan under the formulation miner's word stream (issue 13): one pass over a
 * statement's characters numbering its words (two hashes taken as they are read, ADR 012),
 * breaking clauses and ranking content words into typed columns. formulation-stream.ts assembles
 * the stream from it, in one thread or two. Reads characters as formulation-words.ts's
 * `wordSpans` does. Pure.
 */
import { CONTENT, EXCLUDED } from "./formulation-grams";
import type { StreamPart } from "./formulation-stream";
import { ASCII_KIND, kindOf } from "./formulation-words";
import { grown } from "./typed-arrays";
import type { WordNumbers } from "./word-numbers";
import { FNV_PRIME, HASH_START, SECOND_HASH_START, SECOND_MULTIPLIER } from "./word-numbers";

/** The columns a pass fills: positions, then per word and per content word. */
export class StreamColumns {
  ids: Int32Array;
  size = 0;
  kinds = new Uint8Array(1 << 12);
  wordMeetings = new Int32Array(1 << 12);
  lastMeeting = new Int32Array(1 << 12);
  classified = 0;
  contentAt: Int32Array;
  contentMeeting: Int32Array;
  nextInClause: Uint8Array;
  ranked = 0;
  /** The last content word's clause goes on. */
  open = false;

  constructor(
    capacity: number,
    readonly numbers: WordNumbers,
    private readonly classify: (word: string) => number,
  ) {
    this.ids = new Int32Array(capacity);
    this.contentAt = new Int32Array(capacity >> 1);
    this.contentMeeting = new Int32Array(capacity >> 1);
    this.nextInClause = new Uint8Array(capacity >> 1);
  }

  word(id: number, meeting: number) {
    if (id === this.classified) this.classifyNew(id);
    const position = this.push(id);
    const kind = this.kinds[id]!;
    if (kind === EXCLUDED) this.open = false;
    if (kind !== CONTENT) return;
    const rank = this.ranked++;
    if (rank === this.contentAt.length) this.growContent();
    if (this.open) this.nextInClause[rank - 1] = 1;
    this.contentAt[rank] = position;
    this.contentMeeting[rank] = meeting;
    // Meetings never decrease along the stream, so a change of meeting is a new one.
    if (this.lastMeeting[id] !== meeting) {
      this.lastMeeting[id] = meeting;
      this.wordMeetings[id]!++;
    }
    this.open = true;
  }

  clause() {
    this.push(-1);
    this.open = false;
  }

  /**
   * Carries on with a part scanned elsewhere, its words renumbered into ours. Its meetings must
   * all be after ours (a word's meetings then simply add up), and nothing is scanned after it.
   */
  append(part: StreamPart) {
    const remap = new Int32Array(part.words.length);
    part.words.forEach((word, local) => {
      const id = this.numbers.numberOfFolded(word);
      if (id === this.classified) this.classifyNew(id);
      remap[local] = id;
      this.wordMeetings[id]! += part.wordMeetings[local]!;
    });
    const offset = this.size;
    if (offset + part.ids.length > this.ids.length) this.ids = grown(this.ids, offset + part.ids.length);
    for (let i = 0; i < part.ids.length; i++) {
      const local = part.ids[i]!;
      this.ids[offset + i] = local < 0 ? -1 : remap[local]!;
    }
    this.size += part.ids.length;
    const ranked = this.ranked;
    while (ranked + part.contentAt.length > this.contentAt.length) this.growContent();
    for (let r = 0; r < part.contentAt.length; r++) this.contentAt[ranked + r] = part.contentAt[r]! + offset;
    this.contentMeeting.set(part.contentMeeting, ranked);
    // A statement's end closes its clause, so the last content word before the part has no next.
    this.nextInClause.set(part.nextInClause, ranked);
    this.ranked += part.contentAt.length;
  }

  private push(id: number): number {
    if (this.size === this.ids.length) this.ids = grown(this.ids, Math.ceil(this.ids.length * 1.5));
    this.ids[this.size] = id;
    return this.size++;
  }

  /** Numbers are given in order, so a word is new exactly when its number is the next one. */
  private classifyNew(id: number) {
    if (id === this.kinds.length) {
      this.kinds = grown(this.kinds, id * 2);
      this.wordMeetings = grown(this.wordMeetings, id * 2);
      this.lastMeeting = grown(this.lastMeeting, id * 2);
    }
    this.kinds[id] = this.classify(this.numbers.words[id]!);
    this.lastMeeting[id] = -1;
    this.classified++;
  }

  private growContent() {
    const length = Math.ceil(this.contentAt.length * 1.5) + 16;
    this.contentAt = grown(this.contentAt, length);
    this.contentMeeting = grown(this.contentMeeting, length);
    this.nextInClause = grown(this.nextInClause, length);
  }
}

/**
 * Per ASCII code, what the scan needs in one read: a word character's lower-case code (48 and
 * up), or SEPARATOR / BREAK. WIDE stands for a non-ASCII word character (folded as a string).
 */
const SEPARATOR = 0;
const BREAK = 1;
const WIDE = 255;
const ASCII_UNIT = Uint8Array.from(ASCII_KIND, (kind, code) =>
  kind === 1 ? (code >= 65 && code <= 90 ? code + 32 : code) : kind === 2 ? BREAK : SEPARATOR,
);

function unitOf(code: number, text: string, i: number): number {
  const kind = kindOf(code, text, i);
  return kind === 1 ? WIDE : kind === 2 ? BREAK : SEPARATOR;
}

/**
 * Appends one statement's positions: words hashed as they are read (the same steps as
 * word-numbers.ts's hashStep and secondHashStep), so numbering need not read them again. The end
 * of the text is a clause break.
 */
export function scanInto(columns: StreamColumns, text: string, meeting: number) {
  const numbers = columns.numbers;
  const length = text.length;
  let start = -1;
  let lastBreak = true;
  let ascii = true;
  let h1 = HASH_START;
  let h2 = SECOND_HASH_START;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const unit = code < 128 ? ASCII_UNIT[code]! : unitOf(code, text, i);
    if (unit > BREAK) {
      if (start < 0) {
        start = i;
        ascii = true;
        h1 = HASH_START;
        h2 = SECOND_HASH_START;
      }
      if (unit === WIDE) ascii = false;
      else {
        h1 = Math.imul(h1 ^ unit, FNV_PRIME);
        h2 = (Math.imul(h2, SECOND_MULTIPLIER) + unit) | 0;
      }
      continue;
    }
    if (start >= 0) {
      columns.word(
        ascii ? numbers.numberOfHashed(text, start, i, h1, h2) : numbers.numberOf(text, start, i),
        meeting,
      );
      lastBreak = false;
      start = -1;
    }
    if (unit === BREAK && !lastBreak) {
      columns.clause();
      lastBreak = true;
    }
  }
  if (start >= 0) {
    columns.word(
      ascii ? numbers.numberOfHashed(text, start, length, h1, h2) : numbers.numberOf(text, start, length),
      meeting,
    );
    lastBreak = false;
  }
  if (!lastBreak) columns.clause();
}

/** Position capacity for `characters` of text in `statements` statements. */
export function capacityFor(characters: number, statements: number): number {
  // Readout prose averages six or seven characters a word with its space: a fifth rarely grows.
  return Math.ceil(characters / 5) + statements;
}
