/**
 * The timeline's stable lane order: counterparts ranked by meeting count over every meeting (then
 * by name), so a lane never jumps when a filter hides some of its meetings.
 */
import { partyName, type NameIndex } from "./dataset-index";

export function laneRanks(
  all: Iterable<{ counterpart: string }>,
  index: NameIndex,
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const meeting of all) counts.set(meeting.counterpart, (counts.get(meeting.counterpart) ?? 0) + 1);
  const lanes = [...counts].map(([id, count]) => ({ id, count, label: partyName(index, id) }));
  lanes.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return new Map(lanes.map((lane, rank) => [lane.id, rank]));
}
