/**
 * The word stream formulation mining counts (issue 13): every side's statements (narration is the
 * publisher's voice, not a side's official language) as one run of word numbers, -1 at each clause
 * break, with each word's class and the content words ranked in stream order — built in one pass
 * over the characters, since at 10,000 meetings (20 million characters) every further pass over
 * the words shows in the time. Reads characters as formulation-words.ts's `wordSpans` does. Pure.
 */
import { CONTENT, EXCLUDED } from "./formulation-grams";
import { ASCII_KIND, kindOf, userOf, type FormulationUser } from "./formulation-words";
import type { Meeting, Statement } from "./schema";
import { grown } from "./typed-arrays";
import { FNV_PRIME, HASH_START, SECOND_HASH_START, SECOND_MULTIPLIER, WordNumbers } from "./word-numbers";

/** The content words in stream order (by rank). */
export interface ContentWords {
  /** Position of each. */
  at: Int32Array;
  /** Its meeting. */
  meeting: Int32Array;
  /** 1 when the next content word is in the same clause with no excluded word between. */
  nextInClause: Uint8Array;
  /** Per word: distinct meetings using it as a content word. */
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
  /** Folded word of each number, and its class (formulation-grams.ts: CONTENT, FUNCTION …). */
  words: string[];
  kinds: Uint8Array;
  content: ContentWords;
}

/** The columns a pass fills: positions, then per word and per content word. */
class StreamColumns {
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
function scanInto(columns: StreamColumns, text: string, meeting: number) {
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

/**
 * One pass over the meetings' statements; meetings are numbered by their index in `meetings`.
 * `classify` gives a folded word's class, once per word.
 */
export function buildWordStream(
  meetings: readonly Pick<Meeting, "statements">[],
  classify: (word: string) => number,
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
  const columns = new StreamColumns(
    Math.ceil(characters / 5) + statements.length,
    new WordNumbers(),
    classify,
  );
  const firstPosition = new Int32Array(statements.length);
  const meetingOf = new Int32Array(statements.length);
  statements.forEach((entry, s) => {
    firstPosition[s] = columns.size;
    meetingOf[s] = entry.meeting;
    scanInto(columns, entry.statement.text, entry.meeting);
  });
  const words = columns.numbers.words;
  return {
    ids: columns.ids.subarray(0, columns.size),
    firstPosition,
    meetingOf,
    statements,
    words,
    kinds: columns.kinds.subarray(0, words.length),
    content: {
      at: columns.contentAt.subarray(0, columns.ranked),
      meeting: columns.contentMeeting.subarray(0, columns.ranked),
      nextInClause: columns.nextInClause.subarray(0, columns.ranked),
      wordMeetings: columns.wordMeetings.subarray(0, words.length),
    },
  };
}
