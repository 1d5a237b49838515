/**
 * The word stream formulation mining counts (issue 13): every side's statements (narration is the
 * publisher's voice, not a side's official language) as one run of word numbers, -1 at each clause
 * break, with each word's class and the content words ranked in stream order — built in one pass
 * over the characters (formulation-scan.ts), since at 10,000 meetings (20 million characters)
 * every further pass over the words shows in the time; in two threads, each scanning half of the
 * meetings, when the app has a second one (ADR 012). Pure.
 */
import { capacityFor, scanInto, StreamColumns } from "./formulation-scan";
import { userOf, type FormulationUser } from "./formulation-words";
import type { Meeting, Statement } from "./schema";
import { WordNumbers } from "./word-numbers";

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

/**
 * Statements scanned in another thread (formulation-helper.ts), in its own word numbers: what
 * `WordStreamBuilder.append` needs to carry on the stream as if it had read them itself. Every
 * column is a typed array, so the part crosses threads by transfer, not by copy.
 */
export interface StreamPart {
  ids: Int32Array;
  firstPosition: Int32Array;
  /** Folded word of each of the part's numbers, and the distinct meetings using it as a content word. */
  words: string[];
  wordMeetings: Int32Array;
  contentAt: Int32Array;
  contentMeeting: Int32Array;
  nextInClause: Uint8Array;
}

/**
 * The stream of the meetings' side statements, built in one pass in statement order: `scan`
 * reads statements here, `append` takes the rest as scanned in another thread. Meetings are
 * numbered by their index in `meetings`; `classify` gives a folded word's class, once per word.
 */
export class WordStreamBuilder {
  readonly statements: WordStream["statements"] = [];
  /** Characters before each statement, and in all (for choosing where to split the work). */
  readonly charactersBefore: number[] = [];
  readonly characters: number;
  private readonly columns: StreamColumns;
  private readonly firstPosition: Int32Array;
  private scanned = 0;

  constructor(meetings: readonly Pick<Meeting, "statements">[], classify: (word: string) => number) {
    let characters = 0;
    meetings.forEach((meeting, m) => {
      for (const statement of meeting.statements) {
        const user = userOf(statement);
        if (!user) continue;
        this.statements.push({ statement, meeting: m, user });
        this.charactersBefore.push(characters);
        characters += statement.text.length;
      }
    });
    this.characters = characters;
    const capacity = capacityFor(characters, this.statements.length);
    this.columns = new StreamColumns(capacity, new WordNumbers(), classify);
    this.firstPosition = new Int32Array(this.statements.length);
  }

  /** The first statement of a meeting after `share` of the characters (a meeting is never split). */
  meetingBoundaryAt(share: number): number {
    const { statements, charactersBefore } = this;
    let s = 0;
    while (s < statements.length && charactersBefore[s]! < share * this.characters) s++;
    while (s > 0 && s < statements.length && statements[s]!.meeting === statements[s - 1]!.meeting) s++;
    return s;
  }

  /** Scans the statements up to `end` (exclusive). */
  scan(end: number) {
    for (; this.scanned < end; this.scanned++) {
      const entry = this.statements[this.scanned]!;
      this.firstPosition[this.scanned] = this.columns.size;
      scanInto(this.columns, entry.statement.text, entry.meeting);
    }
  }

  /** The statements after those scanned, as `scanPart` scanned them elsewhere; ends the stream. */
  append(part: StreamPart) {
    const offset = this.columns.size;
    part.firstPosition.forEach((first, s) => (this.firstPosition[this.scanned + s] = first + offset));
    this.columns.append(part);
    this.scanned += part.firstPosition.length;
  }

  finish(): WordStream {
    if (this.scanned !== this.statements.length) throw new Error("the stream is missing statements");
    const { columns, statements, firstPosition } = this;
    const words = columns.numbers.words;
    return {
      ids: columns.ids.subarray(0, columns.size),
      firstPosition,
      meetingOf: Int32Array.from(statements, (entry) => entry.meeting),
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
}

/** One pass over the meetings' statements, all here. */
export function buildWordStream(
  meetings: readonly Pick<Meeting, "statements">[],
  classify: (word: string) => number,
): WordStream {
  const builder = new WordStreamBuilder(meetings, classify);
  builder.scan(builder.statements.length);
  return builder.finish();
}

/** Statements' texts scanned as `WordStreamBuilder.scan` scans them, for `append` in another thread. */
export function scanPart(
  texts: readonly string[],
  meetings: ArrayLike<number>,
  classify: (word: string) => number,
): StreamPart {
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const columns = new StreamColumns(capacityFor(characters, texts.length), new WordNumbers(), classify);
  const firstPosition = new Int32Array(texts.length);
  texts.forEach((text, s) => {
    firstPosition[s] = columns.size;
    scanInto(columns, text, meetings[s]!);
  });
  const words = columns.numbers.words;
  return {
    ids: columns.ids.subarray(0, columns.size),
    firstPosition,
    words,
    wordMeetings: columns.wordMeetings.subarray(0, words.length),
    contentAt: columns.contentAt.subarray(0, columns.ranked),
    contentMeeting: columns.contentMeeting.subarray(0, columns.ranked),
    nextInClause: columns.nextInClause.subarray(0, columns.ranked),
  };
}

/** The buffers a part's columns live in, to transfer it to another thread rather than copy it. */
export function partBuffers(part: StreamPart): ArrayBuffer[] {
  const columns = [part.ids, part.firstPosition, part.wordMeetings, part.contentAt, part.contentMeeting];
  return [...new Set([...columns, part.nextInClause].map((column) => column.buffer as ArrayBuffer))];
}
