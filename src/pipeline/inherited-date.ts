/**
 * The date of a meeting whose sentences give none: the readout's previous meeting's, else the page's
 * own date, as a bound (the publication day) or as the event's day (a transcript's date line).
 */
import type { Statement } from "../domain/schema";
import type { ExtractedMeeting, ReadoutContext } from "./context";
import type { DateFact } from "./facts";
import type { MeetingDraft } from "./meetings";

/**
 * A meeting whose sentences give no date: the same day as the readout's previous meeting ("On the
 * same day, Wang Yi also met …"), else the publication date (readouts of calls and talks are
 * published the same day; the note says so).
 */
export function inheritedDate(
  previous: ExtractedMeeting[],
  reference: string | undefined,
  from: string | undefined,
  /** The page's date is the event's: a transcript's, a dateline's, a place line's over it. */
  eventDated: boolean,
): DateFact | undefined {
  const last = previous[previous.length - 1];
  if (last)
    return {
      date: last.meeting.date,
      provenance: last.meeting.provenance.date,
      how: `same day as the readout's previous meeting (${last.dateHow})`,
      ...(last.meeting.datePrecision ? { precision: last.meeting.datePrecision } : {}),
    };
  if (!reference) return undefined;
  const source = from ? ` (from ${from})` : "";
  // A transcript's date line is the day of the remarks, not a bound: the note says which.
  if (eventDated)
    return {
      date: reference,
      provenance: {
        source: "inferred",
        note: `No sentence gives a date; the page's own date ${reference}${source} is the day of the event it records (a transcript's date line, a dateline or a place line over the date).`,
      },
      how: `the page's date ${reference}${source}, the event's own`,
    };
  return {
    date: reference,
    provenance: {
      source: "inferred",
      note: `The text gives no date; the meeting was on or before the readout's publication date ${reference}${source}, the day shown (readouts appear on the day of a meeting or soon after).`,
    },
    how: `publication date ${reference}${source}, the text gives none`,
    // Readouts often appear the day after the meeting: the day is a bound, not the day (ADR 013).
    precision: "on-or-before",
  };
}

/**
 * Whether the page's date is the event's own rather than the day it was published: a transcript's
 * (a record of the remarks, dated by them), a dateline's (the day the story was filed from the
 * place), or a place line's over the date line. Otherwise a date only the page gives is a bound.
 */
export function eventDated(
  context: ReadoutContext,
  draft: MeetingDraft,
  statements: readonly Statement[],
): boolean {
  const cleaned = context.cleaned;
  return (
    // A remarks page of one speaker, a transcript only its title names, or one with speaker labels.
    draft.speaker !== undefined ||
    draft.title !== undefined ||
    statements.some((s) => s.speakerRule === "transcript-label") ||
    (cleaned?.filedOn !== undefined && cleaned.filedOn === context.reference) ||
    cleaned?.placeOverDate === true
  );
}
