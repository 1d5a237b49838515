/**
 * All-number dates ("03/04/2018", "28.07.2022"): which number is the day. A number over 12 can only
 * be the day; when both are 12 or less a weekday word beside the date that only one
 * reading falls on decides, else the page's convention (its publisher's house style: day first
 * outside the United States, month first on US pages); the clean stage drops a stamp nothing decides.
 */
import { weekdayIn } from "./weekdays";

export type DayOrder = "day-first" | "month-first";

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-])/;

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const valid = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
const weekdayOf = (day: string) => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

/**
 * The two readings of an all-number date in `text` that nothing in the text decides (both numbers
 * 12 or less, different, and no weekday word only one reading falls on); undefined otherwise.
 */
export function undecidedReadings(text: string): { dayFirst: string; monthFirst: string } | undefined {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return undefined;
  const [a, b, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  if (a > 12 || b > 12 || a === b) return undefined;
  const readings = { dayFirst: iso(year, b, a), monthFirst: iso(year, a, b) };
  const index = weekdayIn(text);
  if (index !== undefined) {
    const fits = [readings.dayFirst, readings.monthFirst].filter((day) => weekdayOf(day) === index);
    if (fits.length === 1) return undefined;
  }
  return readings;
}

/**
 * The day an all-number date in `text` names, undefined when it holds none. Undecided, it is read
 * in `order`, month first when none is given (as chrono reads it); the caller asks
 * `undecidedReadings` whether the choice was the text's.
 */
export function numericDate(text: string, order: DayOrder = "month-first"): string | undefined {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return undefined;
  const [a, b, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  if (a > 12) return valid(year, b, a) ? iso(year, b, a) : undefined;
  if (b > 12 || a === b) return valid(year, a, b) ? iso(year, a, b) : undefined;
  const undecided = undecidedReadings(text);
  if (undecided) return order === "day-first" ? undecided.dayFirst : undecided.monthFirst;
  // A weekday beside the date ("Tuesday, 03/04/2018") is the page's own word: it beats a convention.
  const weekday = weekdayIn(text);
  return weekdayOf(iso(year, b, a)) === weekday ? iso(year, b, a) : iso(year, a, b);
}
