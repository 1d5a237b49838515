/**
 * Dates in the dataset are calendar days ("2024-05-16"), not instants. `new Date("2024-05-16")`
 * is UTC midnight and shows as the 15th west of Greenwich, so every conversion goes through here.
 */
import { ISO_DAY_PATTERN } from "./schema";

export interface CalendarDay {
  year: number;
  month: number; // 1–12
  day: number;
}

export function parseCalendarDay(iso: string): CalendarDay {
  if (!ISO_DAY_PATTERN.test(iso)) throw new Error(`not a calendar day (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

const LONG = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const SHORT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

function utcDate(iso: string): Date {
  const { year, month, day } = parseCalendarDay(iso);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "19 June 2013" (long) or "19 Jun 2013" (short), the same in every time zone. */
export function formatCalendarDay(iso: string, style: "long" | "short" = "long"): string {
  return (style === "long" ? LONG : SHORT).format(utcDate(iso));
}

/** "Thursday", the weekday of a calendar day in every time zone. */
export function weekdayOf(iso: string): string {
  return WEEKDAY.format(utcDate(iso));
}

/**
 * The viewer's local noon on that day. Timeline libraries draw in local time; noon keeps an item
 * in the middle of its day column whatever the offset (and clear of DST jumps at midnight).
 */
export function calendarDayToLocalNoon(iso: string): Date {
  const { year, month, day } = parseCalendarDay(iso);
  return new Date(year, month - 1, day, 12);
}

/** Local midnight starting the given year, for timeline bounds. */
export function startOfLocalYear(year: number): Date {
  return new Date(year, 0, 1);
}
