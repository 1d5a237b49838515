/**
 * Everything the timeline shows, derived from the meetings in view in one linear pass: items,
 * lanes with counts, chronological order for keyboard navigation and the data's extent. Pure (no
 * vis-timeline, no DOM) so it is unit-tested and can later grow aggregates for wide zoom levels.
 */
import { meetingTitle, partyName, type NameIndex } from "../../domain/dataset-index";
import type { Meeting, MeetingFormat } from "../../domain/schema";
import type { DetailMeeting } from "../../domain/timeline-detail";
import { laneTones, laneTonesOf, type LaneTone } from "../../theme/lane-tones";

/** What the timeline reads of a meeting: the index's summary or a full meeting both qualify. */
export type TimelineMeeting = Pick<
  Meeting,
  "id" | "date" | "datePrecision" | "format" | "counterpart" | "sides"
>;

export interface TimelineItemModel {
  id: string;
  /** Lane id: the counterpart party. */
  lane: string;
  day: string;
  /** "on-or-before" when the day is only the readout's publication day (ADR 013): the tooltip says so. */
  datePrecision?: Meeting["datePrecision"];
  /** "Xi Jinping – Vladimir Putin". */
  label: string;
  format: MeetingFormat;
  /** From the user's library: the item and its tooltip say "yours". */
  yours: boolean;
}

export interface TimelineLane {
  id: string;
  label: string;
  count: number;
  /** Its dots' colour and shape, distinct from every other lane's (theme/lane-tones.ts). */
  tone?: LaneTone;
}

export interface TimelineModel {
  items: TimelineItemModel[];
  /** In the stable lane order (`laneRanks`) when given, else busiest first; then by name. */
  lanes: TimelineLane[];
  /** Meeting ids by date (then id): the order the arrow keys walk. */
  order: string[];
  position: ReadonlyMap<string, number>;
  /** The items as the level-of-detail code reads them (same order), built once per model. */
  detailMeetings: DetailMeeting[];
  /** First and last calendar day shown, or undefined when there is nothing to show. */
  extent?: { first: string; last: string };
}

const byDayThenId = (a: TimelineItemModel, b: TimelineItemModel) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

// One item per meeting object and index, built once: a filter change hands back the same items
// (a title joins names, a cost per meeting and per filter click at 10,000 meetings).
const itemsByIndex = new WeakMap<NameIndex, WeakMap<TimelineMeeting, TimelineItemModel>>();

function itemOf(meeting: TimelineMeeting, index: NameIndex, yours: boolean): TimelineItemModel {
  let items = itemsByIndex.get(index);
  if (!items) itemsByIndex.set(index, (items = new WeakMap()));
  const cached = items.get(meeting);
  if (cached?.yours === yours) return cached;
  const item: TimelineItemModel = {
    id: meeting.id,
    lane: meeting.counterpart,
    day: meeting.date,
    ...(meeting.datePrecision ? { datePrecision: meeting.datePrecision } : {}),
    label: meetingTitle(index, meeting),
    format: meeting.format,
    yours,
  };
  items.set(meeting, item);
  return item;
}

const rankedOrder = new WeakMap<ReadonlyMap<string, number>, string[]>();
function rankedLanes(ranks: ReadonlyMap<string, number>): string[] {
  let order = rankedOrder.get(ranks);
  if (!order) rankedOrder.set(ranks, (order = [...ranks].sort((a, b) => a[1] - b[1]).map(([id]) => id)));
  return order;
}

export function buildTimelineModel(
  meetings: readonly TimelineMeeting[],
  index: NameIndex,
  ranks?: ReadonlyMap<string, number>,
  yours?: ReadonlySet<string>,
): TimelineModel {
  const items: TimelineItemModel[] = [];
  const laneCounts = new Map<string, number>();
  let sorted = true;
  for (const meeting of meetings) {
    const item = itemOf(meeting, index, yours?.has(meeting.id) ?? false);
    const previous = items[items.length - 1];
    if (previous && byDayThenId(previous, item) > 0) sorted = false;
    items.push(item);
    laneCounts.set(item.lane, (laneCounts.get(item.lane) ?? 0) + 1);
  }
  // The dataset is stored in date order, so this sort is normally skipped.
  if (!sorted) items.sort(byDayThenId);

  const order = items.map((item) => item.id);
  const position = new Map(order.map((id, i) => [id, i]));
  const lanes: TimelineLane[] = [...laneCounts].map(([id, count]) => ({
    id,
    count,
    label: partyName(index, id),
  }));
  const rank = (id: string) => ranks?.get(id) ?? Number.MAX_SAFE_INTEGER;
  lanes.sort((a, b) => rank(a.id) - rank(b.id) || b.count - a.count || a.label.localeCompare(b.label));
  // Marks follow the index's lane order, not the filtered lanes: a filter does not recolour a lane,
  // and the compare view and meeting panel show the same marks (laneTonesOf is their one source).
  const indexTones = ranks && laneTonesOf(ranks);
  const unranked = lanes.some((lane) => !indexTones?.has(lane.id))
    ? laneTones([...(ranks ? rankedLanes(ranks) : []), ...lanes.map((lane) => lane.id)])
    : undefined;
  for (const lane of lanes) lane.tone = indexTones?.get(lane.id) ?? unranked?.get(lane.id);
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    lanes,
    order,
    position,
    // The items carry id, lane and day: the level-of-detail code reads them as they are.
    detailMeetings: items,
    extent: first && last ? { first: first.day, last: last.day } : undefined,
  };
}

/**
 * The meeting the arrow keys move to from `current` (one step later or earlier in time). With no
 * current selection the first step lands on the first (or, going back, the last) meeting.
 */
export function stepSelection(
  model: TimelineModel,
  current: string | undefined,
  direction: 1 | -1,
): string | undefined {
  if (model.order.length === 0) return undefined;
  const at = current === undefined ? undefined : model.position.get(current);
  if (at === undefined) return direction === 1 ? model.order[0] : model.order[model.order.length - 1];
  const next = Math.min(model.order.length - 1, Math.max(0, at + direction));
  return model.order[next];
}
