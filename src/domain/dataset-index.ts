/**
 * Lookups over a parsed Dataset, built once in a single pass so every view can resolve ids to
 * names, readouts and statements in O(1). Pure: shared by the timeline, panel, filters and compare.
 */
import {
  CHINA,
  JOINT,
  NARRATOR,
  type Actor,
  type Dataset,
  type Meeting,
  type Readout,
  type Statement,
  type Topic,
} from "./schema";
import { GENERAL_REMARKS_TOPIC } from "./general-remarks";
import { UNTAGGED_TOPIC_LABEL } from "./labels";
import type { KnownIds } from "./view-state";

/** A statement together with the meeting it belongs to (a readout can describe several meetings). */
export interface StatementRef {
  statement: Statement;
  meetingId: string;
}

/** What every view needs to name things: actors (people, parties) and topics by id. */
export interface NameIndex {
  actors: ReadonlyMap<string, Actor>;
  topics: ReadonlyMap<string, Topic>;
}

/**
 * Full meetings and readouts (statements and texts included) with their lookups: the whole dataset
 * in Node and tests, or in the app the meetings and readouts whose details are loaded
 * (see domain/meeting-index `buildDetailIndex`).
 */
export interface DatasetIndex extends NameIndex {
  readouts: ReadonlyMap<string, Readout>;
  meetings: ReadonlyMap<string, Meeting>;
  /** Every statement that points into a readout, in span order. */
  statementsByReadout: ReadonlyMap<string, readonly StatementRef[]>;
  /** Ids a URL may name (for parseViewState). */
  knownIds: KnownIds;
}

type MeetingIds = Pick<Meeting, "id" | "date" | "counterpart" | "sides" | "readoutIds">;

/** What the URL's filters may name: counterpart= takes the foreign side's party, principal= the
 * Chinese principal and with= the counterpart's principal (anything else gives a notice). */
export function knownIdsOf(
  meetings: Iterable<MeetingIds>,
  topics: Iterable<string>,
  readouts: Iterable<string>,
): KnownIds {
  const ids = new Set<string>();
  const parties = new Set<string>();
  const principals = new Set<string>();
  const counterpartPrincipals = new Set<string>();
  const meetingReadouts = new Map<string, readonly string[]>();
  let first = Infinity;
  let last = -Infinity;
  for (const meeting of meetings) {
    ids.add(meeting.id);
    meetingReadouts.set(meeting.id, meeting.readoutIds);
    const year = Number(meeting.date.slice(0, 4));
    [first, last] = [Math.min(first, year), Math.max(last, year)];
    parties.add(meeting.counterpart);
    for (const side of meeting.sides)
      (side.party === CHINA ? principals : counterpartPrincipals).add(side.principal);
  }
  return {
    meetings: ids,
    parties,
    // "General remarks" is a Topic choice without being in the taxonomy (domain/general-remarks).
    topics: new Set([...topics, GENERAL_REMARKS_TOPIC]),
    readouts: new Set(readouts),
    principals,
    counterpartPrincipals,
    meetingReadouts,
    ...(first <= last ? { years: { first, last } } : {}),
  };
}

/** Statements of the given meetings grouped by the readout they point into, in span order. */
export function statementsByReadoutOf(meetings: Iterable<Meeting>): Map<string, StatementRef[]> {
  const statementsByReadout = new Map<string, StatementRef[]>();
  for (const meeting of meetings) {
    for (const statement of meeting.statements) {
      let refs = statementsByReadout.get(statement.readoutId);
      if (!refs) statementsByReadout.set(statement.readoutId, (refs = []));
      refs.push({ statement, meetingId: meeting.id });
    }
  }
  for (const refs of statementsByReadout.values())
    refs.sort((a, b) => a.statement.span[0] - b.statement.span[0]);
  return statementsByReadout;
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const meetings = new Map(dataset.meetings.map((m) => [m.id, m]));
  const topics = new Map(dataset.topics.map((t) => [t.id, t]));
  const readouts = new Map(dataset.readouts.map((r) => [r.id, r]));
  return {
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    topics,
    readouts,
    meetings,
    statementsByReadout: statementsByReadoutOf(dataset.meetings),
    knownIds: {
      ...knownIdsOf(dataset.meetings, topics.keys(), readouts.keys()),
      readoutLengths: new Map(dataset.readouts.map((r) => [r.id, r.text.length])),
    },
  };
}

/** "vladimir-putin" → "Vladimir Putin": the fallback when an id has no actor or topic record. */
export function humanizeSlug(slug: string): string {
  return slug
    .split("-")
    .map((word) => (word ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(" ");
}

/** Display name of an actor id, including the pseudo-speakers "joint" and "narrator". */
export function actorName(index: NameIndex, id: string): string {
  if (id === JOINT) return "Both sides";
  if (id === NARRATOR) return "Narration";
  return index.actors.get(id)?.name ?? humanizeSlug(id);
}

/** Display name of a party (a country or organisation id). */
export function partyName(index: NameIndex, id: string): string {
  return actorName(index, id);
}

export function topicLabel(index: NameIndex, id: string): string {
  if (id === GENERAL_REMARKS_TOPIC) return UNTAGGED_TOPIC_LABEL;
  return index.topics.get(id)?.label ?? humanizeSlug(id);
}

/** The actor's role at a given day, falling back to its latest role; undefined if it has none. */
export function roleOn(actor: Actor | undefined, day: string): string | undefined {
  if (!actor || actor.roles.length === 0) return undefined;
  // ISO days compare correctly as strings.
  const current = actor.roles.find((r) => (!r.from || r.from <= day) && (!r.to || day <= r.to));
  return (current ?? actor.roles[actor.roles.length - 1])?.title;
}

/** The Chinese side first, then the others in dataset order, so columns read the same everywhere. */
export function orderedSides(meeting: Pick<Meeting, "sides">): Meeting["sides"] {
  return [...meeting.sides].sort((a, b) => Number(b.party === CHINA) - Number(a.party === CHINA));
}

/** Names of the principals, Chinese side first: ["Xi Jinping", "Vladimir Putin"]. */
export function principalNames(index: NameIndex, meeting: Pick<Meeting, "sides">): string[] {
  return orderedSides(meeting).map((side) => actorName(index, side.principal));
}

/** "Xi Jinping – Vladimir Putin": how a meeting is labelled on the timeline and in lists. */
export function meetingTitle(index: NameIndex, meeting: Pick<Meeting, "sides">): string {
  return principalNames(index, meeting).join(" – ");
}
