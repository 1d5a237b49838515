/**
 * How a sentence's meeting verb stands to the readout's own meeting. "main": the readout's meeting
 * (or one of them). "aside": a relative clause about a person ("Gillard, who met President Xi on
 * Sunday, said …"), which anchors a meeting only when nothing else does. "background": another
 * occasion told as context ("the call comes two days after Xi's video meeting with …", "follows …
 * talks with … last month", "A day earlier, X held talks with …"), never a meeting; its people are
 * no attendees.
 */
import {
  BACKGROUND_BEFORE,
  BACKGROUND_OPENER,
  PAST_AFTER,
  PLUPERFECT_BEFORE,
  RELATIVE_BEFORE,
} from "./language/en/meeting-patterns";

export type CueStanding = "main" | "aside" | "background";

/** The standing of the meeting verb found at `index` (length `length`) in `text`. */
export function cueStanding(text: string, index: number, length: number): CueStanding {
  const before = text.slice(0, index);
  // Only the clause the verb stands in: "…, the call comes two days after …".
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  if (BACKGROUND_BEFORE.test(clause) || BACKGROUND_OPENER.test(text.trimStart())) return "background";
  if (PAST_AFTER.test(text.slice(index + length))) return "background";
  if (RELATIVE_BEFORE.test(before)) return "aside";
  return "main";
}

/**
 * A format word ("by phone", "video call") that tells of another occasion: background as above, or
 * in the pluperfect ("the two leaders had spoken by phone twice this spring").
 */
export function isOtherOccasion(text: string, index: number, length: number): boolean {
  return cueStanding(text, index, length) === "background" || PLUPERFECT_BEFORE.test(text.slice(0, index));
}
