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
import { estimatedWidth, labelsBefore } from "./label-sides";
import { localDay } from "./timeline-window";

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
  /** Width of the drawing area in px, when known: labels near the right edge go left of their dot. */
  drawWidth?: () => number;
  /**
   * A label's text width in px, measured in the labels' font. The guess without it runs wide, and a
   * label the guess says would cover its neighbour stays right of its dot, clipped at the edge.
   */
  textWidth?: (text: string) => number;
}

/** About one label's width: a meeting closer than this to the window's right edge is labelled on its left. */
const LABEL_PX = 200;

/** The DataSet id of an aggregate ("bucket:russia|2019-Q2"), apart from meeting ids. */
export const bucketItemId = (bucketId: string) => `bucket:${bucketId}`;

function meetingItem(item: TimelineItemModel, dot: string, labelBefore: boolean): VisItem {
  return {
    id: item.id,
    group: item.lane,
    start: calendarDayToLocalNoon(item.day),
    type: "point",
    content: "",
    className: `${dot} atlas-format-${item.format}${labelBefore ? " atlas-label-before" : ""}`,
    model: item,
  };
}

/** Where the window is drawn: its start, its span (ms) and its width (px, 0 when unknown). */
interface WindowScale {
  start: number;
  span: number;
  width: number;
  textWidth?: (text: string) => number;
}

/**
 * The window's meetings (in date order). The window fits the meetings closely, so the last labels
 * would run off its right edge: near it, a label goes left of its dot where it covers no other
 * meeting (label-sides).
 */
function meetingItems(ids: readonly string[], model: TimelineModel, scale: WindowScale): VisItem[] {
  const meetings = ids.map((id) => model.items[model.position.get(id)!]!);
  const xOf = (item: TimelineItemModel) =>
    ((calendarDayToLocalNoon(item.day).getTime() - scale.start) / scale.span) * scale.width;
  // At most the last quarter: on a phone a label overflows either way, and its start reads better.
  const edgeX = scale.width - Math.min(scale.width / 4, LABEL_PX);
  const before =
    scale.width > 0
      ? labelsBefore(
          meetings.map((item) => ({
            id: item.id,
            lane: item.lane,
            x: xOf(item),
            width: estimatedWidth(
              item.label,
              { format: item.format !== "in-person", yours: item.yours },
              scale.textWidth,
            ),
          })),
          edgeX,
        )
      : new Set<string>();
  const dots = new Map(
    model.lanes.map((lane) => [
      lane.id,
      lane.tone ? `${lane.tone.dot} atlas-shape-${lane.tone.shape}` : partyTone(lane.id).dot,
    ]),
  );
  return meetings.map((item) => meetingItem(item, dots.get(item.lane) ?? "", before.has(item.id)));
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

function itemsFor(detail: TimelineDetail, model: TimelineModel, scale: WindowScale): VisItem[] {
  if (detail.kind === "meetings") return meetingItems(detail.ids, model, scale);
  const labels = new Map(model.lanes.map((lane) => [lane.id, lane.label]));
  const max = detail.buckets.reduce((n, b) => Math.max(n, b.count), 0);
  return detail.buckets.map((b) => bucketItem(b, labels.get(b.lane) ?? b.lane, max));
}

const time = (date: Date | undefined) => date?.getTime();

/** Long before any window: where a new item waits until it is moved into place (see syncVisibleItems). */
const PARKED_AT = new Date(1000, 0, 1);

function parked(item: VisItem): VisItem {
  return { ...item, start: PARKED_AT, ...(item.end ? { end: PARKED_AT } : {}) };
}

/** True when vis would draw `a` and `b` alike: same place, class and template input. */
export function sameItem(a: VisItem, b: VisItem): boolean {
  if (a.group !== b.group || a.type !== b.type || a.className !== b.className) return false;
  if (time(a.start) !== time(b.start) || time(a.end) !== time(b.end)) return false;
  if (a.model || b.model) {
    const [x, y] = [a.model, b.model];
    return Boolean(
      x && y && x.label === y.label && x.day === y.day && x.format === y.format && x.yours === y.yours,
    );
  }
  const [x, y] = [a.bucket, b.bucket];
  return Boolean(x && y && x.count === y.count && x.laneLabel === y.laneLabel && x.key === y.key);
}

/**
 * Puts exactly the window's items into the DataSet; returns how many it holds. Items drawn alike
 * are left alone (they keep their DOM node, so nothing flickers). A changed item is removed and
 * added again. vis draws an item that arrives inside the window (or changes there) on the spot and
 * measures it, a forced layout per item: a filter that changes every aggregate's count cost
 * hundreds of layouts. An item that moves into the window instead waits for vis's next redraw,
 * which draws all of them and then measures them in one pass; so new items go in parked long
 * before the window and are moved to their place at once.
 */
export function syncVisibleItems(runtime: VisRuntime, model: TimelineModel): number {
  const { start, end } = runtime.timeline.getWindow();
  const detail = runtime.detail(model.detailMeetings, { first: localDay(start), last: localDay(end) });
  const scale = {
    start: start.getTime(),
    span: end.getTime() - start.getTime(),
    width: runtime.drawWidth?.() ?? 0,
    textWidth: runtime.textWidth,
  };
  const wanted = itemsFor(detail, model, scale);
  const ids = new Set(wanted.map((item) => item.id));
  const stale = runtime.items.getIds().filter((id) => !ids.has(String(id)));
  const fresh: VisItem[] = [];
  for (const item of wanted) {
    const held = runtime.items.get(item.id);
    if (!held) fresh.push(item);
    else if (!sameItem(held, item)) {
      stale.push(item.id);
      fresh.push(item);
    }
  }
  if (stale.length) runtime.items.remove(stale);
  if (fresh.length) {
    runtime.items.add(fresh.map(parked));
    runtime.items.update(fresh);
  }
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
