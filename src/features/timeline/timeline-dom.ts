/**
 * DOM for timeline items and lane labels, built with textContent: vis-timeline would otherwise
 * insert `content` as (sanitised) HTML, and names and labels come from data we do not control.
 */
import { formatGlyph, formatLabel } from "../../domain/labels";
import { formatCalendarDay } from "../../domain/calendar-day";
import type { TimelineItemModel, TimelineLane } from "./timeline-model";

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

export function renderItem(item: TimelineItemModel): HTMLElement {
  const element = document.createElement("span");
  element.className = "atlas-item";
  const format = item.format === "in-person" ? "" : `, ${formatLabel(item.format).toLowerCase()}`;
  element.title = `${item.label}, ${formatCalendarDay(item.day)}${format}`;
  element.append(span("atlas-item-label", item.label));
  const glyph = formatGlyph(item.format);
  if (glyph) {
    const mark = span("atlas-item-format", glyph);
    mark.setAttribute("aria-label", formatLabel(item.format));
    element.append(mark);
  }
  return element;
}

export function renderLane(lane: TimelineLane): HTMLElement {
  const element = document.createElement("span");
  element.className = "atlas-lane";
  element.append(span("atlas-lane-name", lane.label), span("atlas-lane-count", String(lane.count)));
  element.title = `${lane.label}: ${lane.count} meeting${lane.count === 1 ? "" : "s"}`;
  return element;
}
