/**
 * The timeline's overview strip (issue 10): the whole range of the data in whole years, the
 * meetings per month drawn along it, and where the timeline's visible window sits. Pure: times are
 * epoch milliseconds, positions fractions of the strip (0 at its left edge, 1 at its right).
 */

/** A stretch of time in epoch milliseconds. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** The first and last years any of the days fall in, or undefined for none. */
export function yearsOf(days: Iterable<string>): { first: number; last: number } | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const day of days) {
    const year = Number(day.slice(0, 4));
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return first <= last ? { first, last } : undefined;
}

/** Meetings per month from January of `first` to December of `last`: index (year − first) × 12 + month − 1. */
export function monthCounts(days: Iterable<string>, first: number, last: number): number[] {
  const counts = new Array<number>((last - first + 1) * 12).fill(0);
  for (const day of days) {
    const at = (Number(day.slice(0, 4)) - first) * 12 + Number(day.slice(5, 7)) - 1;
    if (at >= 0 && at < counts.length) counts[at]!++;
  }
  return counts;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** Where `window` sits on a strip showing `range`: left edge and width as fractions, clamped to the strip. */
export function windowMark(
  window: TimeSpan,
  range: TimeSpan,
  minWidth = 0.01,
): { left: number; width: number } {
  const length = range.end - range.start;
  const left = clamp((window.start - range.start) / length, 0, 1);
  const right = clamp((window.end - range.start) / length, 0, 1);
  const width = Math.max(right - left, minWidth);
  return { left: Math.min(left, 1 - width), width };
}

/** The fraction of the strip under the window's centre. */
export function centreFraction(window: TimeSpan, range: TimeSpan): number {
  return ((window.start + window.end) / 2 - range.start) / (range.end - range.start);
}

/**
 * A window as wide as `window`, centred on the strip's fraction `at`, shifted back inside
 * `range` when it would stick out (a window wider than the range is centred on it).
 */
export function windowCentredAt(at: number, window: TimeSpan, range: TimeSpan): TimeSpan {
  const span = window.end - window.start;
  const length = range.end - range.start;
  if (span >= length) {
    const middle = (range.start + range.end) / 2;
    return { start: middle - span / 2, end: middle + span / 2 };
  }
  const start = clamp(range.start + at * length - span / 2, range.start, range.end - span);
  return { start, end: start + span };
}

/** The window moved by `share` of its own span (negative: back in time), kept inside `range`. */
export function windowMovedBy(share: number, window: TimeSpan, range: TimeSpan): TimeSpan {
  const shift = (window.end - window.start) * share;
  const moved = { start: window.start + shift, end: window.end + shift };
  return windowCentredAt(centreFraction(moved, range), window, range);
}
