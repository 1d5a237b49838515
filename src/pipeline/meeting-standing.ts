/**
 * How a sentence's meeting verb stands to the readout's own meeting. "main": the readout's meeting
 * (or one of them). "aside": a relative clause about a person ("Gillard, who met President Xi on
 * Sunday, said …") or an attribution opening the sentence ("According to a statement issued after a
 * meeting between …, …"), which anchors a meeting only when nothing else does. "background": another
 * occasion told as context ("the call comes two days after Xi's video meeting with …", "follows …
 * talks with … last month", "A day earlier, X held talks with …"), never a meeting; its people are
 * no attendees.
 */
import {
  ATTRIBUTION_OPENER,
  BACKGROUND_BEFORE,
  BACKGROUND_OPENER,
  FREQUENCY_AFTER,
  MEETING_WORD,
  NEW_CLAUSE,
  OCCASION_WORD,
  OTHER_EVENT_BEFORE,
  PAST_AFTER,
  PLUPERFECT_BEFORE,
  RELATIVE_BEFORE,
  WHEN_MET_BEFORE,
} from "./language/en/meeting-patterns";
import type { Span } from "./types";

export type CueStanding = "main" | "aside" | "background";

/** The standing of the meeting verb found at `index` (length `length`) in `text`. */
export function cueStanding(text: string, index: number, length: number): CueStanding {
  const before = text.slice(0, index);
  // Only the clause the verb stands in: "…, the call comes two days after …".
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  if (BACKGROUND_BEFORE.test(clause) || BACKGROUND_OPENER.test(text.trimStart())) return "background";
  const after = text.slice(index + length);
  if (PAST_AFTER.test(after) || FREQUENCY_AFTER.test(after)) return "background";
  if (RELATIVE_BEFORE.test(before) || ATTRIBUTION_OPENER.test(before)) return "aside";
  return "main";
}

/**
 * An occasion noun in a clause about the principal's coming or going ("flew in after attending the
 * East Asia Summit in …", "before leaving for the G20 summit"): another event. Only a noun: the
 * verb "met" after such a clause ("after visiting the port Li met …") is still the meeting's.
 */
function ofOtherEvent(text: string, index: number): boolean {
  if (/^me(?:t|ets?)\b/i.test(text.slice(index))) return false;
  const before = text.slice(0, index);
  return OTHER_EVENT_BEFORE.test(
    before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1),
  );
}

/**
 * A format word ("by phone", "video call") that tells of another occasion: background as above (counted
 * ones too: "have spoken on the phone a couple of times"), in the pluperfect ("the two leaders had
 * spoken by phone twice this spring"), or another event the principal came from or goes to.
 */
export function isOtherOccasion(text: string, index: number, length: number): boolean {
  return (
    cueStanding(text, index, length) === "background" ||
    PLUPERFECT_BEFORE.test(text.slice(0, index)) ||
    ofOtherEvent(text, index)
  );
}

/**
 * Whether the day or place at `index` in `text` belongs to another occasion the sentence names: the
 * occasion word governing it (the last one before it in its clause, or the first one after a day
 * that opens the sentence, "On August 12, 2024, the two leaders last met in …") tells of another
 * occasion ("since their last meeting in Colombo on August 12, 2024", "when they met in … on 2 May
 * 2023"). The meeting's own verb (`cue`, offsets in `text`) governs its own day.
 */
export function ofEarlierOccasion(text: string, index: number, end: number, cue?: Readonly<Span>): boolean {
  const words = [...text.matchAll(OCCASION_WORD)];
  const before = words.filter((w) => w.index + w[0].length <= index).pop();
  const opener = /^\s*(?:on|in|since)?\s*$/i.test(text.slice(0, index)) && text[end] === ",";
  const governing =
    before && !NEW_CLAUSE.test(text.slice(before.index + before[0].length, index))
      ? before
      : opener
        ? words.find((w) => w.index >= end && !NEW_CLAUSE.test(text.slice(end + 1, w.index)))
        : undefined;
  if (!governing || (cue && governing.index >= cue[0] && governing.index < cue[1])) return false;
  const head = text.slice(0, governing.index);
  if (!/^met$/i.test(governing[0])) {
    // "held their first meeting on March 3, 2025" is this meeting; "first met" is an earlier one.
    return !/\bfirst\s+$/i.test(head) && isOtherOccasion(text, governing.index, governing[0].length);
  }
  return isOtherOccasion(text, governing.index, governing[0].length) || WHEN_MET_BEFORE.test(head);
}

/**
 * Whether a sentence names a meeting and none of its meeting words tells of another occasion ("had
 * met" is an earlier occasion, "had talks" the meeting itself; "They last met at a summit in …").
 */
export function tellsOfMeeting(text: string): boolean {
  const words = [...text.matchAll(MEETING_WORD)];
  const other = (m: RegExpExecArray) =>
    /^met$/i.test(m[0])
      ? isOtherOccasion(text, m.index, m[0].length)
      : cueStanding(text, m.index, m[0].length) === "background" || ofOtherEvent(text, m.index);
  return words.length > 0 && !words.some(other);
}
