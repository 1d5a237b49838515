/**
 * What vis-timeline holds (issue 10, level of detail): for the visible window, either the meetings
 * in it or one aggregate per lane and year/quarter/month (domain/timeline-detail decides), never
 * more than a few hundred items. `syncVisibleItems` updates the DataSet in place: items that stay
 * keep their DOM node, so moving the window does not flicker.
 */
import type { DataSet as VisDataSet } from "vis-data/peer";
import type { Timeline as VisTimeline } from "vis-timeline/peer";
import { calendarDayToLocalNoon } from "../../domain/calendar-day";
import type { memoTimelineDetail, TimelineBucket, TimelineDetail } from "../../domain/timeline-detail";
import { partyTone } from "../../theme/speaker-tones";
import type { TimelineItemModel, TimelineLane, TimelineModel } from "./timeline-model";

export interface VisItem {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: "point" | "range";
  content: string;
  className: string;
  model?: TimelineItemModel;
  bucket?: TimelineBucket & { laneLabel: string };
}
export interface VisGroup {
  id: string;
  content: string;
  order: number;
  lane: TimelineLane;
}
export interface VisRuntime {
  timeline: VisTimeline;
  items: VisDataSet<VisItem, "id">;
  groups: VisDataSet<VisGroup, "id">;
  /** Memoised per runtime: the same window buckets give the same detail, and no DataSet update. */
  detail: ReturnType<typeof memoTimelineDetail>;
}

/** The DataSet id of an aggregate ("bucket:russia|2019-Q2"), apart from meeting ids. */
export const bucketItemId = (bucketId: string) => `bucket:${bucketId}`;

const pad = (n: number) => String(n).padStart(2, "0");
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

function meetingItem(item: TimelineItemModel): VisItem {
  return {
    id: item.id,
    group: item.lane,
    start: calendarDayToLocalNoon(item.day),
    type: "point",
    content: "",
    className: `${partyTone(item.lane).dot} atlas-format-${item.format}`,
    model: item,
  };
}

function bucketItem(bucket: TimelineBucket, laneLabel: string, max: number): VisItem {
  // Shade by count relative to the busiest bucket in view: four steps read at a glance.
  const level = Math.min(3, Math.floor((bucket.count / Math.max(max, 1)) * 4));
  return {
    id: bucketItemId(bucket.id),
    group: bucket.lane,
    // Noon to noon leaves a day between neighbours, so adjacent periods sit on one row.
    start: calendarDayToLocalNoon(bucket.start),
    end: calendarDayToLocalNoon(bucket.end),
    type: "range",
    content: "",
    className: `atlas-bucket atlas-bucket-${level}`,
    bucket: { ...bucket, laneLabel },
  };
}

function itemsFor(detail: TimelineDetail, model: TimelineModel): VisItem[] {
  if (detail.kind === "meetings")
    return detail.ids.map((id) => meetingItem(model.items[model.position.get(id)!]!));
  const labels = new Map(model.lanes.map((lane) => [lane.id, lane.label]));
  const max = detail.buckets.reduce((n, b) => Math.max(n, b.count), 0);
  return detail.buckets.map((b) => bucketItem(b, labels.get(b.lane) ?? b.lane, max));
}

/** Puts exactly the window's items into the DataSet; returns how many it holds. */
export function syncVisibleItems(runtime: VisRuntime, model: TimelineModel): number {
  const { start, end } = runtime.timeline.getWindow();
  const detail = runtime.detail(model.detailMeetings, { first: localDay(start), last: localDay(end) });
  const wanted = itemsFor(detail, model);
  const ids = new Set(wanted.map((item) => item.id));
  runtime.items.remove(runtime.items.getIds().filter((id) => !ids.has(String(id))));
  runtime.items.update(wanted);
  return wanted.length;
}

/** What vis shows as selected: the cursor's meeting when it holds it, else the compared meetings it holds. */
export function shownSelection(
  has: (id: string) => boolean,
  cursor: string | undefined,
  compared: readonly string[],
): string[] {
  return cursor !== undefined && has(cursor) ? [cursor] : compared.filter(has);
}
