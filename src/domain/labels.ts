/**
 * The words the app shows for the schema's closed vocabularies, in one place so a format or a
 * perspective reads the same in the timeline, the lists, the filters and the viewers.
 */
import { formatCalendarDay, weekdayOf } from "./calendar-day";
import type { Meeting, MeetingFormat, Perspective, Readout } from "./schema";

/** "In person", "Video call", "Phone call". */
export const FORMAT_LABELS: Record<MeetingFormat, string> = {
  "in-person": "In person",
  video: "Video call",
  phone: "Phone call",
};

const FORMAT_GLYPHS: Record<MeetingFormat, string> = { "in-person": "", video: "▶", phone: "☏" };

/** Short names of perspectives where they are choices (the filter bar). */
export const PERSPECTIVE_LABELS: Record<Perspective, string> = {
  china: "Chinese government",
  counterpart: "Counterpart's government",
  intergovernmental: "Intergovernmental body",
  media: "Media",
};

/**
 * Perspectives as the kind of account a readout is, as written inside a sentence: the one wording
 * for the panel, the viewer, column headers and the comparison's note.
 */
const PERSPECTIVE_ACCOUNTS: Record<Perspective, string> = {
  china: "Chinese government readout",
  counterpart: "counterpart government readout",
  intergovernmental: "intergovernmental organisation's account",
  media: "media report",
};

/** "In person", "Video call", "Phone call". */
export function formatLabel(format: MeetingFormat): string {
  return FORMAT_LABELS[format];
}

/** The glyph that marks remote meetings on the timeline and in lists ("" for in person). */
export function formatGlyph(format: MeetingFormat): string {
  return FORMAT_GLYPHS[format];
}

/** "Chinese government readout", "media report"…: whose account a readout is, inside a sentence. */
export function perspectiveNoun(perspective: Perspective): string {
  return PERSPECTIVE_ACCOUNTS[perspective];
}

/** "Chinese government readout", "Media report"…: the same as a label of its own. */
export function perspectiveLabel(perspective: Perspective): string {
  const noun = PERSPECTIVE_ACCOUNTS[perspective];
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

/** The one name for statements tagged with no topic (the meeting panel's rows and the comparison's). */
export const UNTAGGED_TOPIC_LABEL = "General remarks";

/** "Held by video call": the place of a remote meeting, as a person would write it. */
export function remotePlaceLabel(format: Exclude<MeetingFormat, "in-person">): string {
  return `Held by ${format === "video" ? "video call" : "phone"}`;
}

/** "2014–2024", "from 2014", "until 2024": a year range in words, never a dash that looks cut off. */
export function yearRangeLabel(from: number | undefined, to: number | undefined): string {
  if (from !== undefined && to !== undefined) return from === to ? `${from}` : `${from}–${to}`;
  if (from !== undefined) return `from ${from}`;
  return to !== undefined ? `until ${to}` : "any year";
}

/** "according to Kremlin": the attribution every statement carries (a readout is one side's account). */
export function accordingTo(readout: Readout): string {
  return `according to ${readout.publisher}`;
}

/**
 * A meeting's day as the app shows it: "19 June 2013" (with its weekday: "Wednesday, 19 June
 * 2013"), or "on or before 19 June 2013" when the text gives no day and the date is the readout's
 * publication day (datePrecision "on-or-before", ADR 013), so a bound never reads as the day.
 */
export function meetingDayLabel(
  meeting: Pick<Meeting, "date" | "datePrecision">,
  style: "long" | "short" | "weekday" = "long",
): string {
  const day =
    style === "weekday"
      ? `${weekdayOf(meeting.date)}, ${formatCalendarDay(meeting.date)}`
      : formatCalendarDay(meeting.date, style);
  return meeting.datePrecision === "on-or-before" ? `on or before ${day}` : day;
}

/** Why a meeting's day is a bound, in words a reader sees beside it (ADR 013); undefined when it is the day. */
export function datePrecisionNote(meeting: Pick<Meeting, "datePrecision">): string | undefined {
  return meeting.datePrecision === "on-or-before"
    ? "The readout gives no day: this is the day it was published; the meeting may have been a day or two earlier."
    : undefined;
}
