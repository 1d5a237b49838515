/**
 * The actor and topic ids a set of meetings names, so that a dataset built from them (the pipeline's
 * assembly, an export of the filtered meetings) keeps exactly the actors and topics it refers to.
 */
import { isPseudoSpeaker, type Meeting } from "./schema";

/** Parties, principals, attendees and speakers (not "joint" or "narrator"). */
export function actorIdsNamedBy(meetings: readonly Meeting[]): Set<string> {
  const ids = new Set<string>();
  for (const meeting of meetings) {
    ids.add(meeting.counterpart);
    for (const side of meeting.sides) {
      ids.add(side.party);
      ids.add(side.principal);
      side.attendees.forEach((id) => ids.add(id));
    }
    for (const s of meeting.statements) if (!isPseudoSpeaker(s.speaker)) ids.add(s.speaker);
  }
  return ids;
}

/** Topics of the meetings and of their statements. */
export function topicIdsNamedBy(meetings: readonly Meeting[]): Set<string> {
  return new Set(meetings.flatMap((m) => [...m.topics, ...m.statements.flatMap((s) => s.topics)]));
}
