/**
 * Puts the user's library beside the bundled dataset (issue 9). Pure, so the merged view is the
 * same wherever it is built and the export → import round trip can be tested without a browser.
 */
import type { Actor, Dataset, Meeting, Topic } from "./schema";
import { findSameMeeting, firmerDate, meetingKey } from "./same-meeting";

function joinAccount(target: Meeting, other: Meeting): Meeting {
  const sides = target.sides.map((side) => ({ ...side, attendees: [...side.attendees] }));
  for (const side of other.sides) {
    const mine = sides.find((s) => s.party === side.party);
    if (!mine) sides.push({ ...side, attendees: [...side.attendees] });
    else mine.attendees.push(...side.attendees.filter((id) => !mine.attendees.includes(id)));
  }
  return {
    ...firmerDate(target, other),
    ...((target.location ?? other.location) ? { location: target.location ?? other.location } : {}),
    ...((target.setting ?? other.setting) ? { setting: target.setting ?? other.setting } : {}),
    sides,
    topics: [...new Set([...target.topics, ...other.topics])],
    statements: [...target.statements, ...other.statements],
    readoutIds: [...target.readoutIds, ...other.readoutIds.filter((id) => !target.readoutIds.includes(id))],
  };
}

function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/**
 * The base dataset with each fragment's readouts added in order. A fragment's meeting that is one
 * already present (`sameMeeting`: the build's rule) joins it as another account (so two accounts
 * can be compared); any other meeting is added, its id suffixed only if another pair already holds it.
 * Actors and topics the base lacks are added; the base's records win. A readout whose id is
 * already present is skipped with its meetings' statements (callers give library readouts unique ids).
 */
export function mergeDatasets(base: Dataset, fragments: readonly Dataset[]): Dataset {
  if (fragments.length === 0) return base;
  const actors = new Map<string, Actor>(base.actors.map((a) => [a.id, a]));
  const topics = new Map<string, Topic>(base.topics.map((t) => [t.id, t]));
  const readouts = new Map(base.readouts.map((r) => [r.id, r]));
  const meetings = new Map<string, Meeting>(base.meetings.map((m) => [m.id, m]));
  // The meetings present, filed by day and principals, where a fragment's account looks for its own.
  const byKey = new Map<string, Meeting>(base.meetings.map((m) => [meetingKey(m), m]));
  for (const fragment of fragments) {
    const fresh = new Set(fragment.readouts.filter((r) => !readouts.has(r.id)).map((r) => r.id));
    if (fresh.size === 0) continue;
    for (const readout of fragment.readouts) if (fresh.has(readout.id)) readouts.set(readout.id, readout);
    for (const actor of fragment.actors) if (!actors.has(actor.id)) actors.set(actor.id, actor);
    for (const topic of fragment.topics) if (!topics.has(topic.id)) topics.set(topic.id, topic);
    for (const meeting of fragment.meetings) {
      const readoutIds = meeting.readoutIds.filter((id) => fresh.has(id));
      if (readoutIds.length === 0) continue;
      const own: Meeting = {
        ...meeting,
        readoutIds,
        statements: meeting.statements.filter((s) => fresh.has(s.readoutId)),
      };
      const existing = findSameMeeting(own, byKey);
      // Joined, the meeting keeps its id (links to it still work) but may take the day the other
      // account gives (ADR 013): it is filed again under that day.
      const placed = existing
        ? joinAccount(existing, own)
        : { ...own, id: uniqueId(own.id, new Set(meetings.keys())) };
      if (existing && byKey.get(meetingKey(existing)) === existing) byKey.delete(meetingKey(existing));
      meetings.set(placed.id, placed);
      byKey.set(meetingKey(placed), placed);
    }
  }
  return {
    schemaVersion: base.schemaVersion,
    actors: [...actors.values()],
    topics: [...topics.values()],
    readouts: [...readouts.values()],
    meetings: [...meetings.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
  };
}
