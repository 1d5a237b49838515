import { calendarDayToLocalNoon, formatCalendarDay } from "../../domain/calendar-day";
import type { TimelineModel } from "./timeline-model";

// Pure geometry of the timeline's window (bounds and zoom centre), kept apart from the React component.
export const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, "0");
/** The calendar day (YYYY-MM-DD) an instant falls on in the viewer's time zone, as the axis draws it. */
export const localDay = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** Room kept at either edge so a dot (10 px wide, centred on its day) is drawn whole, with air. */
const EDGE_PX = 10;
/** The share of the span kept as a margin at either end. */
const MARGIN_SHARE = 0.02;
/** A single day (or a few) is shown in a window about a month wide, centred on them. */
const MIN_SPAN = 30 * DAY_MS;

/**
 * The window that fits the meetings in view exactly, plus a small margin at either end: 2% of
 * their span, or `EDGE_PX` at the given drawing width when that is more (narrow screens), so the
 * first and last dots are never clipped. Also the limits of panning and zooming out: a filtered
 * timeline's axis covers the filtered range only.
 */
export function boundsOf(model: TimelineModel, widthPx: number): { min: Date; max: Date } | undefined {
  if (!model.extent) return undefined;
  const first = calendarDayToLocalNoon(model.extent.first).getTime();
  const last = calendarDayToLocalNoon(model.extent.last).getTime();
  const span = last - first;
  // EDGE_PX of a window of span + 2 × margin drawn over widthPx.
  const edge = (EDGE_PX * span) / Math.max(widthPx - 2 * EDGE_PX, EDGE_PX);
  const margin = Math.max(span * MARGIN_SHARE, edge);
  if (span + 2 * margin >= MIN_SPAN) return { min: new Date(first - margin), max: new Date(last + margin) };
  const middle = (first + last) / 2;
  return { min: new Date(middle - MIN_SPAN / 2), max: new Date(middle + MIN_SPAN / 2) };
}

/** The time to zoom about: the given day if in the window, else the middle visible meeting, else the window's centre. */
export function zoomCentre(model: TimelineModel, start: Date, end: Date, day?: string): number {
  const inWindow = (d: string) => {
    const t = calendarDayToLocalNoon(d).getTime();
    return t >= start.getTime() && t <= end.getTime();
  };
  if (day && inWindow(day)) return calendarDayToLocalNoon(day).getTime();
  const visible = model.items.filter((item) => inWindow(item.day));
  const middle = visible[Math.floor(visible.length / 2)];
  return middle ? calendarDayToLocalNoon(middle.day).getTime() : (start.getTime() + end.getTime()) / 2;
}

/** A window in epoch milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

/**
 * The window after zooming by `factor` (½ zooms in, 2 out) about `centre`: no narrower than
 * `minSpan`, and inside `limits` when given (shifted, not shrunk, so `centre` stays in it).
 */
export function zoomedWindow(
  window: TimeWindow,
  centre: number,
  factor: number,
  limits?: { min: number; max: number },
  minSpan = DAY_MS,
): TimeWindow {
  const widest = limits ? limits.max - limits.min : Number.POSITIVE_INFINITY;
  const span = Math.min(widest, Math.max(minSpan, (window.end - window.start) * factor));
  let start = centre - span / 2;
  if (limits) start = Math.min(Math.max(start, limits.min), limits.max - span);
  return { start, end: start + span };
}

/** How the timeline names its window: "Showing 31 Mar 2013 – 4 Aug 2024". */
export function windowText(window: TimeWindow): string {
  const day = (time: number) => formatCalendarDay(localDay(new Date(time)), "short");
  return `Showing ${day(window.start)} – ${day(window.end)}`;
}
