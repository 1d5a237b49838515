/**
 * Arranges a meeting's statements as "each side's stated positions": per readout (a statement is
 * what X said according to publisher P), one column per side grouped by topic, joint statements
 * apart, narration left out (it is the publisher speaking, not a side). Pure, for the panel.
 */
import { orderedSides } from "../../domain/dataset-index";
import { JOINT, NARRATOR, type Meeting, type Statement } from "../../domain/schema";

export interface TopicGroup {
  /** Topic id, or undefined for statements tagged with no topic. */
  topic?: string;
  statements: Statement[];
}

export interface SidePositions {
  party: string;
  groups: TopicGroup[];
}

export interface ReadoutPositions {
  readoutId: string;
  sides: SidePositions[];
  joint: TopicGroup[];
  /** Narration sentences from this readout, not shown as anyone's position. */
  narrationCount: number;
}

/** Groups statements by their first topic in the meeting's topic order; untagged ones go last. */
function groupByTopic(statements: Statement[], topicRank: Map<string, number>): TopicGroup[] {
  const groups = new Map<string | undefined, Statement[]>();
  for (const statement of statements) {
    let best: string | undefined;
    for (const topic of statement.topics) {
      if (best === undefined || (topicRank.get(topic) ?? Infinity) < (topicRank.get(best) ?? Infinity))
        best = topic;
    }
    let list = groups.get(best);
    if (!list) groups.set(best, (list = []));
    list.push(statement);
  }
  const rank = (topic: string | undefined) =>
    topic === undefined ? Infinity : (topicRank.get(topic) ?? topicRank.size);
  return [...groups]
    .map(([topic, list]) => ({ topic, statements: list }))
    .sort((a, b) => rank(a.topic) - rank(b.topic));
}

export function groupPositions(meeting: Meeting): ReadoutPositions[] {
  const topicRank = new Map(meeting.topics.map((topic, i) => [topic, i]));
  const sideParties = orderedSides(meeting).map((side) => side.party);
  return meeting.readoutIds.map((readoutId) => {
    const byParty = new Map<string, Statement[]>(sideParties.map((party) => [party, []]));
    const joint: Statement[] = [];
    let narrationCount = 0;
    for (const statement of meeting.statements) {
      if (statement.readoutId !== readoutId) continue;
      if (statement.party === NARRATOR || statement.speaker === NARRATOR) narrationCount++;
      else if (statement.party === JOINT) joint.push(statement);
      else {
        // A third party quoted in the readout gets its own column rather than being dropped.
        let list = byParty.get(statement.party);
        if (!list) byParty.set(statement.party, (list = []));
        list.push(statement);
      }
    }
    return {
      readoutId,
      sides: [...byParty].map(([party, list]) => ({ party, groups: groupByTopic(list, topicRank) })),
      joint: groupByTopic(joint, topicRank),
      narrationCount,
    };
  });
}
