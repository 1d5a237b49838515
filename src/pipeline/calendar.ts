/**
 * Calendar-day helpers around chrono-node. Dates are handled as y/m/d components, never through
 * `Date#toISOString()`, so nothing shifts with the time zone of the machine running the pipeline.
 */
import * as chrono from "chrono-node";
import { isIsoDay } from "../domain/schema";
import { numericDate, undecidedReadings, type DayOrder } from "./numeric-date";

export interface DayMatch {
  iso: string;
  index: number;
  text: string;
  /** Which components the text itself stated (chrono's known values). */
  known: { year: boolean; month: boolean; day: boolean; weekday: boolean };
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Noon local time on an ISO day: a reference that no time-zone offset can move to another day. */
export function referenceDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** An ISO day as a count of days since 1970-01-01, for differences between days. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function isValidIsoDay(value: string): boolean {
  return isIsoDay(value);
}

// Relative expressions ("a few days ago", "next year", "this year", "for 50 minutes") describe other moments than
// the meeting; only calendar dates, weekdays and today/yesterday/tonight are trusted. A duration ("met for two
// days", "three weeks") is no day either: chrono reads it as the reference plus that span, every part certain.
const RELATIVE_WORDS =
  /\b(ago|later|next|last|within|since|after|before|coming|past|this (?:year|month|week)|early|late|end|beginning|upcoming|minutes?|hours?|days|weeks?)\b/i;

const FULL_WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** "last Thursday" in a release is a day (the weekday before the reference), unlike "last week". */
const LAST_WEEKDAY = /^last\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[,;]?$/i;
// "now" too: chrono grounds it in its placeholder reference when the page gives none ("And now, in
// Beijing" dated 1 January 2000).
const CASUAL_DAY =
  /\b(?:today|yesterday|tomorrow|tonight|now|this (?:morning|afternoon|evening)|(?:yester|to)day (?:morning|afternoon|evening)|(?:earlier|later) in the day|last night)\b/i;
// "last night" is the day before the page's, as "yesterday" (chrono reads it so).
// chrono reads "in the day" and "in a day" as a span from the reference, the next day with every part
// certain. "Earlier in the day" in wire copy is the filing day, as "today" is; "in a day" is no day.
const IN_THE_DAY = /^in (?:the|a|an|one) day$/i;
const DAY_BEFORE_IN_THE_DAY = /\b(?:earlier|later)\s+$/i;

/** A day the text gives only relative to its page ("today", "on Friday"), not as a calendar date. */
export function isRelativeDay(match: DayMatch): boolean {
  return CASUAL_DAY.test(match.text) || (!match.known.day && match.known.weekday);
}

function toDayMatch(result: chrono.ParsedResult, offset: number): DayMatch {
  const known = {
    year: result.start.isCertain("year"),
    month: result.start.isCertain("month"),
    day: result.start.isCertain("day"),
    weekday: result.start.isCertain("weekday"),
  };
  return {
    iso: isoDay(result.start.get("year") ?? 0, result.start.get("month") ?? 1, result.start.get("day") ?? 1),
    index: result.index + offset,
    text: result.text.trim(),
    known,
  };
}

/** "earlier in the day" as the reference day (undefined for "in a day", or without a reference). */
function sameDayAs(match: DayMatch, text: string, reference: string | undefined): DayMatch | undefined {
  const before = DAY_BEFORE_IN_THE_DAY.exec(text.slice(Math.max(0, match.index - 12), match.index));
  if (!before || !reference || !/ the /i.test(match.text)) return undefined;
  const index = match.index - before[0].length;
  const known = { year: false, month: false, day: false, weekday: false };
  return { iso: reference, index, text: text.slice(index, match.index + match.text.length), known };
}

/**
 * Calendar days mentioned in `text`, resolved against `reference` (an ISO day) when one is given.
 * Results chrono could not ground in the text (no known values, see STACK-NOTES) are re-parsed
 * from their first date-like word ("the evening of May 16, 2024" → "May 16, 2024") or dropped.
 */
// A cheap gate before chrono (whose parsers are the costliest step of the pipeline): no digit, month,
// weekday or casual day word means no date.
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:today|yesterday|tonight|last night|in the day|this (?:morning|afternoon|evening))\b/i;

export function findDays(text: string, reference?: string): DayMatch[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const ref = reference ? referenceDate(reference) : undefined;
  const out: DayMatch[] = [];
  for (const result of chrono.en.parse(text, ref ?? new Date(2000, 0, 1, 12))) {
    let match: DayMatch | undefined;
    const known =
      result.start.isCertain("day") ||
      result.start.isCertain("weekday") ||
      result.start.isCertain("month") ||
      // "this morning" is the page's day, though chrono marks no part of it certain.
      (ref !== undefined && CASUAL_DAY.test(result.text));
    if (known) match = toDayMatch(result, 0);
    else {
      // Re-parse from each later word of the match until chrono grounds it.
      const words = [...result.text.matchAll(/\S+/g)].slice(1);
      for (const word of words) {
        const start = result.index + (word.index ?? 0);
        const retry = chrono.en.parse(
          text.slice(start, result.index + result.text.length),
          ref ?? new Date(2000, 0, 1, 12),
        )[0];
        if (retry && retry.index === 0 && retry.start.isCertain("day")) {
          match = toDayMatch(retry, start);
          break;
        }
      }
    }
    if (match && IN_THE_DAY.test(match.text)) match = sameDayAs(match, text, reference);
    if (
      !match ||
      (RELATIVE_WORDS.test(match.text) && !CASUAL_DAY.test(match.text) && !LAST_WEEKDAY.test(match.text))
    )
      continue;
    // "03.04.2019" in a sentence or a dateline: chrono reads it month first, but nothing on the page
    // says which number is the day (numeric-date.ts; a stamp like it gives no day either).
    if (undecidedReadings(match.text)) continue;
    // A bare weekday must be written out: "Sun" in "Sun Weidong" or "Wed" in a name is not a day.
    if (!match.known.day && match.known.weekday && !FULL_WEEKDAY.test(match.text)) continue;
    // "today", "tomorrow" and bare weekdays mean nothing without the day the text was published; a
    // day chrono resolved against its placeholder reference (no year of its own) is no date either.
    if (!reference && (CASUAL_DAY.test(match.text) || (!match.known.day && match.known.weekday))) continue;
    if (!reference && !match.known.year && !match.known.month) continue;
    const dayGrounded =
      match.known.day ||
      (match.known.weekday && reference !== undefined) ||
      (CASUAL_DAY.test(match.text) && reference !== undefined);
    if (!dayGrounded) continue;
    out.push(match);
  }
  return out;
}

// The commonest stamp, "2024-03-13" or "2024-03-13 00:41:05", read without chrono (whose parsers
// cost more than the rest of the clean stage); anything else, or an impossible day, goes to chrono.
const ISO_STAMP = /^\s*(\d{4})-(\d{2})-(\d{2})(?:\s+([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?\s*$/;

function isoStamp(text: string): string | undefined {
  const match = ISO_STAMP.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth
    ? isoDay(year, month, day)
    : undefined;
}

// parseStampDate's answers by order and text. The clean stage asks about the same short lines
// several times (each metadata bar part, the line itself, the line under a place), and chrono is
// the costliest step of the stage; an answer depends only on the text and the day order (a stamp
// counts only when its year, month and day are all stated, so the day chrono would measure
// relative expressions from plays no part). Emptied when large, so a long session does not grow it.
const STAMP_DAYS = new Map<string, string | undefined>();

/** Parses a line that is only a date (a publication stamp), returning its ISO day. */
export function parseStampDate(text: string, order?: DayOrder): string | undefined {
  if (!/\d/.test(text)) return undefined;
  const key = `${order ?? ""}\u0000${text}`;
  if (STAMP_DAYS.has(key)) return STAMP_DAYS.get(key);
  if (STAMP_DAYS.size >= 10_000) STAMP_DAYS.clear();
  const day = readStampDate(text, order);
  STAMP_DAYS.set(key, day);
  return day;
}

function readStampDate(text: string, order?: DayOrder): string | undefined {
  const iso = isoStamp(text);
  if (iso) return iso;
  // "03/04/2018": chrono reads it month first; the day's place is the page's convention (numeric-date.ts).
  const numeric = numericDate(text, order);
  if (numeric) return numeric;
  const result = chrono.en.parse(text)[0];
  if (!result) return undefined;
  if (!(result.start.isCertain("year") && result.start.isCertain("month") && result.start.isCertain("day")))
    return undefined;
  return isoDay(result.start.get("year")!, result.start.get("month")!, result.start.get("day")!);
}

/** The day a dateline's date ("May 24", "Nov. 3, 2024") names, its year from the stamp if it has none. */
export function datelineDay(date: string, stamp: string | undefined, order?: DayOrder): string | undefined {
  const full = parseStampDate(date, order);
  if (full || !stamp) return full;
  const [year] = stamp.split("-");
  const day = parseStampDate(`${date}, ${year}`);
  // A dateline later in the year than the stamp was filed the year before ("Dec 31" under a 1 Jan
  // stamp); one day later is the stamp's time zone ("January 9" stamped 8 January 23:50 UTC).
  return day && dayNumber(day) - dayNumber(stamp) > 1 ? parseStampDate(`${date}, ${Number(year) - 1}`) : day;
}
