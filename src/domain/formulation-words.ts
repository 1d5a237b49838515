/**
 * The word stream formulation mining reads (issue 13): every side's statements (narration is the
 * publisher's voice, not a side's official language), cut into clauses so a phrase never spans a
 * comma or a sentence end, each word folded and given a number. A hand-written scanner rather than
 * a Unicode regex: at 10,000 meetings the regex alone took most of the time budget. Pure.
 */
import { CHINA, JOINT, NARRATOR, type Meeting, type Statement } from "./schema";
import { foldWord } from "./terms";

/** Who used a formulation in a statement. */
export type FormulationUser = "china" | "counterpart" | "joint";

/** Words with positions: `ids[i]` is the word's number, or -1 at a clause break. */
export interface WordStream {
  ids: Int32Array;
  /** The statement each position belongs to (index into `statements`). */
  statementAt: Int32Array;
  /** Character offsets of each word in its statement's text. */
  starts: Int32Array;
  ends: Int32Array;
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

class Growable {
  data = new Int32Array(1024);
  size = 0;
  push(value: number) {
    if (this.size === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = value;
  }
  done() {
    return this.data.slice(0, this.size);
  }
}

/** One pass over the meetings' statements; meetings are numbered by their index in `meetings`. */
export function buildWordStream(meetings: readonly Pick<Meeting, "statements">[]): WordStream {
  const numbers = new Map<string, number>();
  // Raw spelling → number: folding (NFD, accents, case) is costly, and words repeat.
  const spelled = new Map<string, number>();
  const words: string[] = [];
  const ids = new Growable();
  const statementAt = new Growable();
  const starts = new Growable();
  const ends = new Growable();
  const statements: WordStream["statements"] = [];
  let lastBreak = true;
  const push = (id: number, s: number, start: number, end: number) => {
    ids.push(id);
    statementAt.push(s);
    starts.push(start);
    ends.push(end);
    lastBreak = id < 0;
  };
  const pushWord = (text: string, s: number, start: number, end: number) => {
    const raw = text.slice(start, end);
    let id = spelled.get(raw);
    if (id === undefined) {
      const folded = foldWord(raw);
      id = numbers.get(folded);
      if (id === undefined) numbers.set(folded, (id = words.push(folded) - 1));
      spelled.set(raw, id);
    }
    push(id, s, start, end);
  };
  meetings.forEach((meeting, m) => {
    for (const statement of meeting.statements) {
      const user = userOf(statement);
      if (!user) continue;
      const s = statements.push({ statement, meeting: m, user }) - 1;
      const text = statement.text;
      let start = -1;
      for (let i = 0; i <= text.length; i++) {
        const code = i === text.length ? 46 : text.charCodeAt(i);
        const kind = code < 128 ? ASCII_KIND[code]! : kindOf(code, text, i);
        if (kind === 1) {
          if (start < 0) start = i;
          continue;
        }
        if (start >= 0) pushWord(text, s, start, i);
        start = -1;
        if (kind === 2 && !lastBreak) push(-1, s, i, i);
      }
    }
  });
  return {
    ids: ids.done(),
    statementAt: statementAt.done(),
    starts: starts.done(),
    ends: ends.done(),
    statements,
    words,
  };
}
