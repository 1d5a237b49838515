/**
 * Level of detail for the timeline (issue 10): given the meetings in date order and the visible
 * window, decide what vis-timeline should hold — the individual meetings in the window when there
 * are few enough, else one aggregate per lane and year, quarter or month. vis-timeline slows down
 * past a few hundred items, so whatever it gets stays under `maxItems`. Pure and memoised on its
 * inputs, so panning within the same buckets costs nothing.
 */
import { lowerBound } from "./sorted-search";

export type BucketUnit = "year" | "quarter" | "month";

export interface DetailMeeting {
  id: string;
  lane: string;
  /** Calendar day YYYY-MM-DD. */
  day: string;
}

export interface TimelineBucket {
  /** "russia|2019-Q2": stable across window moves, so vis keeps the same DOM node. */
  id: string;
  lane: string;
  unit: BucketUnit;
  /** "2019", "2019-Q2", "2019-05". */
  key: string;
  /** First and last calendar day the bucket covers (inclusive). */
  start: string;
  end: string;
  count: number;
}

export type TimelineDetail =
  { kind: "meetings"; ids: string[] } | { kind: "buckets"; unit: BucketUnit; buckets: TimelineBucket[] };

/** The visible window as calendar days (inclusive). */
export interface DayWindow {
  first: string;
  last: string;
}

export const MAX_TIMELINE_ITEMS = 300;

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The bucket of a day for a unit: its key and the days it covers. */
export function bucketOf(day: string, unit: BucketUnit): { key: string; start: string; end: string } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (unit === "year") return { key: `${year}`, start: `${year}-01-01`, end: `${year}-12-31` };
  if (unit === "month")
    return {
      key: `${year}-${pad(month)}`,
      start: `${year}-${pad(month)}-01`,
      end: `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`,
    };
  const quarter = Math.ceil(month / 3);
  const endMonth = quarter * 3;
  return {
    key: `${year}-Q${quarter}`,
    start: `${year}-${pad(endMonth - 2)}-01`,
    end: `${year}-${pad(endMonth)}-${pad(lastDayOf(year, endMonth))}`,
  };
}

/** The id of a lane's aggregate for a period ("russia|2019-Q2"). */
export const bucketId = (lane: string, key: string) => `${lane}|${key}`;

/** Index of the first meeting on or after `day` (meetings sorted by day). */
function lowerBoundOfDay(meetings: readonly DetailMeeting[], day: string): number {
  return lowerBound(meetings.length, (i) => meetings[i]!.day < day);
}

/** The bucket key of a calendar day: "2019", "2019-Q2" or "2019-05" (no bounds, no padding work). */
function keyOf(day: string, unit: BucketUnit): string {
  if (unit === "year") return day.slice(0, 4);
  if (unit === "month") return day.slice(0, 7);
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

/**
 * Month buckets of the meetings, in the order their first meeting comes: one pass over the
 * meetings, each looked up by lane then month (no string built per meeting beyond its month).
 */
function monthBuckets(meetings: readonly DetailMeeting[]): TimelineBucket[] {
  const lanes = new Map<string, Map<string, TimelineBucket>>();
  const order: TimelineBucket[] = [];
  for (const meeting of meetings) {
    let months = lanes.get(meeting.lane);
    if (!months) lanes.set(meeting.lane, (months = new Map()));
    const key = meeting.day.slice(0, 7);
    const bucket = months.get(key);
    if (bucket) bucket.count++;
    else {
      const { start, end } = bucketOf(meeting.day, "month");
      const made = {
        id: `${meeting.lane}|${key}`,
        lane: meeting.lane,
        unit: "month" as const,
        key,
        start,
        end,
        count: 1,
      };
      months.set(key, made);
      order.push(made);
    }
  }
  return order;
}

/** Coarser buckets summed from month buckets, keeping the order of their first month. */
function coarsen(months: readonly TimelineBucket[], unit: BucketUnit): TimelineBucket[] {
  const buckets = new Map<string, TimelineBucket>();
  for (const month of months) {
    const key = keyOf(month.start, unit);
    const id = `${month.lane}|${key}`;
    const bucket = buckets.get(id);
    if (bucket) bucket.count += month.count;
    else {
      const { start, end } = bucketOf(month.start, unit);
      buckets.set(id, { id, lane: month.lane, unit, key, start, end, count: month.count });
    }
  }
  return [...buckets.values()];
}

/**
 * What to draw for `window`: the meetings in it when at most `maxItems`, else aggregates of the
 * meetings in it by the finest unit (month, quarter, year) that stays under `maxItems`. Aggregates
 * cover whole buckets, so each unit widens the window to the buckets it touches; the meetings are
 * counted once, by month over the widest (year) span, and coarser units are summed from the months.
 */
export function timelineDetail(
  meetings: readonly DetailMeeting[],
  window: DayWindow,
  maxItems = MAX_TIMELINE_ITEMS,
): TimelineDetail {
  const from = lowerBoundOfDay(meetings, window.first);
  const to = lowerBoundOfDay(meetings, `${window.last}~`);
  const visible = meetings.slice(from, to);
  if (visible.length <= maxItems) return { kind: "meetings", ids: visible.map((m) => m.id) };
  const months = monthBuckets(
    meetings.slice(
      lowerBoundOfDay(meetings, bucketOf(window.first, "year").start),
      lowerBoundOfDay(meetings, `${bucketOf(window.last, "year").end}~`),
    ),
  );
  for (const unit of ["month", "quarter", "year"] as const) {
    // The months inside this unit's widened window: whole units from the first day's to the last's.
    const first = bucketOf(window.first, unit).start;
    const last = bucketOf(window.last, unit).end;
    const inside = months.filter((m) => m.start >= first && m.end <= last);
    const buckets = unit === "month" ? inside : coarsen(inside, unit);
    if (buckets.length <= maxItems || unit === "year") return { kind: "buckets", unit, buckets };
  }
  throw new Error("unreachable");
}

/**
 * Memoised `timelineDetail`: the same meetings and a window in the same buckets give the same
 * object back, so the caller can skip updating vis-timeline.
 */
export function memoTimelineDetail(): (
  meetings: readonly DetailMeeting[],
  window: DayWindow,
  maxItems?: number,
) => TimelineDetail {
  let last:
    | { meetings: readonly DetailMeeting[]; window: DayWindow; max: number; detail: TimelineDetail }
    | undefined;
  return (meetings, window, maxItems = MAX_TIMELINE_ITEMS) => {
    if (last && last.meetings === meetings && last.max === maxItems) {
      if (last.window.first === window.first && last.window.last === window.last) return last.detail;
    }
    const detail = timelineDetail(meetings, window, maxItems);
    if (last && last.meetings === meetings && sameDetail(last.detail, detail)) {
      last = { ...last, window };
      return last.detail;
    }
    last = { meetings, window, max: maxItems, detail };
    return detail;
  };
}

function sameDetail(a: TimelineDetail, b: TimelineDetail): boolean {
  if (a.kind === "meetings" && b.kind === "meetings")
    return a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);
  if (a.kind === "buckets" && b.kind === "buckets")
    return (
      a.unit === b.unit &&
      a.buckets.length === b.buckets.length &&
      a.buckets.every((x, i) => x.id === b.buckets[i]!.id && x.count === b.buckets[i]!.count)
    );
  return false;
}
