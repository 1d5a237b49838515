/**
 * Where one phrase is used (issue 13): the statements of each side that contain it word for word,
 * for a formulation the reader chose or any phrase they typed. Pure.
 */
import type { Formulation, FormulationUser } from "./formulations";
import { userOf } from "./formulation-words";
import type { Meeting } from "./schema";
import { foldedWords, foldWord, WORD } from "./terms";

export interface FormulationUse {
  meetingId: string;
  date: string;
  statementId: string;
  readoutId: string;
  span: [number, number];
  user: FormulationUser;
  text: string;
}

export interface TrackedPhrase extends Formulation {
  /** Every statement using it, in date order. */
  uses: FormulationUse[];
}

export const MAX_PHRASE_WORDS = 12;

/** Whether `text` has more words than a tracked phrase may (so the reader is told it is too long, not empty). */
export function tooLongPhrase(text: string): boolean {
  return foldedWords(text).length > MAX_PHRASE_WORDS;
}

/** "One-China  principle" → "one china principle"; undefined when nothing searchable is left or it is too long. */
export function normalisePhrase(text: string): string | undefined {
  const words = foldedWords(text);
  return words.length === 0 || words.length > MAX_PHRASE_WORDS ? undefined : words.join(" ");
}

// Folded statement texts, kept per statement object so tracking many phrases folds each text once.
const foldedText = new WeakMap<object, string>();
function folded(statement: Meeting["statements"][number]): string {
  let text = foldedText.get(statement);
  if (text === undefined) foldedText.set(statement, (text = ` ${foldedWords(statement.text).join(" ")} `));
  return text;
}

/**
 * The phrase as `text` spells it ("one-China principle" for "one china principle"): from its first
 * word to its last, as written; undefined when the text does not use it.
 */
export function spelledIn(text: string, normal: string): string | undefined {
  const needle = normal.split(" ");
  const words = [...text.matchAll(WORD)];
  const folded = words.map((w) => foldWord(w[0]));
  for (let i = 0; i + needle.length <= words.length; i++) {
    if (!needle.every((word, k) => folded[i + k] === word)) continue;
    const last = words[i + needle.length - 1]!;
    return text.slice(words[i]!.index, last.index + last[0].length);
  }
  return undefined;
}

/**
 * The uses of `phrase` (normalised or not) in `meetings`' statements, narration left out.
 * Meetings are scanned in the order given; the result's uses are in date order.
 */
export function trackPhrase(
  phrase: string,
  meetings: readonly Pick<Meeting, "id" | "date" | "statements">[],
): TrackedPhrase | undefined {
  const normal = normalisePhrase(phrase);
  if (!normal) return undefined;
  const needle = ` ${normal} `;
  const uses: FormulationUse[] = [];
  for (const meeting of meetings) {
    for (const statement of meeting.statements) {
      const user = userOf(statement);
      if (!user || !folded(statement).includes(needle)) continue;
      uses.push({
        meetingId: meeting.id,
        date: meeting.date,
        statementId: statement.id,
        readoutId: statement.readoutId,
        span: statement.span,
        user,
        text: statement.text,
      });
    }
  }
  uses.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const meetingIds = [...new Set(uses.map((use) => use.meetingId))];
  const users = { china: 0, counterpart: 0, joint: 0 };
  for (const use of uses) users[use.user]++;
  return {
    phrase: normal,
    // Shown as its first use spells it: a phrase from the URL is the folded key ("one china principle").
    label: (uses[0] && spelledIn(uses[0].text, normal)) ?? phrase.trim(),
    meetingIds,
    first: uses[0]?.date ?? "",
    last: uses.at(-1)?.date ?? "",
    users,
    uses,
  };
}
