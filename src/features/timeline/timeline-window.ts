import { calendarDayToLocalNoon, parseCalendarDay, startOfLocalYear } from "../../domain/calendar-day";
import type { TimelineModel } from "./timeline-model";

// Pure geometry of the timeline's window (bounds and zoom centre), kept apart from the React component.
export const DAY_MS = 86_400_000;

const LABEL_PX = 200;

/**
 * The window the data needs plus a margin, so the first and last meetings are not on the edge.
 * Labels run to the right of their dot, so the right margin leaves room for about one label at
 * the given width; the left one reaches back to the start of the first year so its label shows.
 */
export function boundsOf(model: TimelineModel, widthPx: number): { min: Date; max: Date } | undefined {
  if (!model.extent) return undefined;
  const first = calendarDayToLocalNoon(model.extent.first).getTime();
  const last = calendarDayToLocalNoon(model.extent.last).getTime();
  const span = Math.max(last - first, 30 * DAY_MS);
  const labelShare = Math.min(0.35, LABEL_PX / Math.max(widthPx, 1));
  const min = Math.min(
    first - 30 * DAY_MS,
    startOfLocalYear(parseCalendarDay(model.extent.first).year).getTime(),
  );
  return { min: new Date(min), max: new Date(last + (span * labelShare) / (1 - labelShare)) };
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
