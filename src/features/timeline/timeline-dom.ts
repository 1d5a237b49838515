/**
 * DOM for timeline items and lane labels, built with textContent: vis-timeline would otherwise
 * insert `content` as (sanitised) HTML, and names and labels come from data we do not control.
 */
import { formatGlyph, formatLabel, meetingDayLabel } from "../../domain/labels";
import { formatCalendarDay } from "../../domain/calendar-day";
import type { TimelineBucket } from "../../domain/timeline-detail";
import { bucketItemId } from "./timeline-items";
import type { TimelineItemModel, TimelineLane } from "./timeline-model";
import { countOf } from "../../domain/plural";

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

export function renderItem(item: TimelineItemModel): HTMLElement {
  const element = document.createElement("span");
  element.className = "atlas-item";
  // How timeline-reveal finds what it scrolls to (not for tests: they use role and name).
  element.dataset.itemId = item.id;
  const format = item.format === "in-person" ? "" : `, ${formatLabel(item.format).toLowerCase()}`;
  const yours = item.yours ? ", yours (from your library)" : "";
  element.title = `${item.label}, ${meetingDayLabel({ date: item.day, datePrecision: item.datePrecision })}${format}${yours}`;
  element.setAttribute("role", "img");
  element.setAttribute("aria-label", element.title);
  element.append(span("atlas-item-label", item.label));
  if (item.yours) element.append(span("atlas-item-yours", "yours"));
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
  element.dataset.laneId = lane.id;
  element.append(span("atlas-lane-name", lane.label), span("atlas-lane-count", String(lane.count)));
  element.title = `${lane.label}: ${countOf(lane.count, "meeting")}`;
  return element;
}

/** "2019", "Q2 2019", "May 2019": how an aggregate names its period. */
function periodLabel(bucket: TimelineBucket): string {
  if (bucket.unit === "year") return bucket.key;
  if (bucket.unit === "quarter") return `Q${bucket.key.slice(6)} ${bucket.key.slice(0, 4)}`;
  return formatCalendarDay(bucket.start).replace(/^1 /, "");
}

/** An aggregate at wide zoom: the count as its text, and a name screen readers and tests can find. */
export function renderBucket(bucket: TimelineBucket & { laneLabel: string }): HTMLElement {
  const element = span("atlas-bucket-count", String(bucket.count));
  element.dataset.itemId = bucketItemId(bucket.id);
  const label = `${bucket.laneLabel}: ${countOf(bucket.count, "meeting")} in ${periodLabel(bucket)}`;
  element.setAttribute("role", "img");
  element.setAttribute("aria-label", label);
  element.title = `${label}. Click to zoom in.`;
  return element;
}
