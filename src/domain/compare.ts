/**
 * Aligning two accounts by topic: two meetings (what changed between them?) or two readouts of
 * one meeting (what did each publisher report?). Both reduce to two "comparands" — a list of
 * topics raised and the statements that state positions — so one alignment serves both.
 */
import { CHINA, JOINT, NARRATOR, type Meeting, type Statement } from "./schema";

/** Whose position a statement states. Narration (the publisher's own words) is nobody's. */
export type StatementSide = "china" | "counterpart" | "joint";

export const STATEMENT_SIDES: readonly StatementSide[] = ["china", "counterpart", "joint"];

/** One column of a comparison: a meeting, or one readout's account of a meeting. */
export interface Comparand {
  /** The meeting id or the readout id. */
  key: string;
  /** Topics raised, in order of first mention, without duplicates. */
  topics: string[];
  /** Statements of someone's position (narration left out), in readout order. */
  statements: Statement[];
}

export type BySide = Record<StatementSide, Statement[]>;

export type TopicPresence = "both" | "only-a" | "only-b";

export interface TopicRow {
  /** A topic id, or null for the row of statements tagged with no topic. */
  topic: string | null;
  presence: TopicPresence;
  a: BySide;
  b: BySide;
}

/** Which side a statement speaks for; undefined for narration. */
export function sideOf(statement: Pick<Statement, "party">): StatementSide | undefined {
  if (statement.party === NARRATOR) return undefined;
  if (statement.party === JOINT) return "joint";
  return statement.party === CHINA ? "china" : "counterpart";
}

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * A meeting as one column: its topics (the meeting's list, then any its statements add) and
 * every readout's statements of position. Use `accountComparands` to keep readouts apart.
 */
export function meetingComparand(meeting: Meeting): Comparand {
  return {
    key: meeting.id,
    topics: distinct([...meeting.topics, ...meeting.statements.flatMap((s) => s.topics)]),
    statements: meeting.statements.filter((s) => sideOf(s) !== undefined),
  };
}

/**
 * One column per readout of a meeting. An account's topics are those its statements touch,
 * narration included: a publisher that only narrates "the two sides discussed Syria" still
 * reported that Syria came up, even if it attributes no position to either side.
 */
export function accountComparands(meeting: Meeting): Comparand[] {
  return meeting.readoutIds.map((readoutId) => {
    const own = meeting.statements.filter((s) => s.readoutId === readoutId);
    return {
      key: readoutId,
      topics: distinct(own.flatMap((s) => s.topics)),
      statements: own.filter((s) => sideOf(s) !== undefined),
    };
  });
}

function emptyBySide(): BySide {
  return { china: [], counterpart: [], joint: [] };
}

function splitBySide(statements: readonly Statement[]): BySide {
  const split = emptyBySide();
  for (const statement of statements) {
    const side = sideOf(statement);
    if (side) split[side].push(statement);
  }
  return split;
}

function statementsOn(comparand: Comparand, topic: string | null): Statement[] {
  return comparand.statements.filter((s) =>
    topic === null ? s.topics.length === 0 : s.topics.includes(topic),
  );
}

/**
 * Rows aligned by topic: topics both raised first (in A's order), then those only A raised,
 * then those only B raised, then a last row for untagged statements if there are any. A
 * statement on several topics appears in each of their rows.
 */
export function alignTopics(a: Comparand, b: Comparand): TopicRow[] {
  const inB = new Set(b.topics);
  const inA = new Set(a.topics);
  const ordered: [string, TopicPresence][] = [
    ...a.topics.filter((t) => inB.has(t)).map((t): [string, TopicPresence] => [t, "both"]),
    ...a.topics.filter((t) => !inB.has(t)).map((t): [string, TopicPresence] => [t, "only-a"]),
    ...b.topics.filter((t) => !inA.has(t)).map((t): [string, TopicPresence] => [t, "only-b"]),
  ];
  const rows: TopicRow[] = ordered.map(([topic, presence]) => ({
    topic,
    presence,
    a: splitBySide(statementsOn(a, topic)),
    b: splitBySide(statementsOn(b, topic)),
  }));

  const untaggedA = statementsOn(a, null);
  const untaggedB = statementsOn(b, null);
  if (untaggedA.length > 0 || untaggedB.length > 0) {
    const presence: TopicPresence =
      untaggedA.length === 0 ? "only-b" : untaggedB.length === 0 ? "only-a" : "both";
    rows.push({ topic: null, presence, a: splitBySide(untaggedA), b: splitBySide(untaggedB) });
  }
  return rows;
}

export interface TopicChange {
  /** Raised in both. */
  kept: string[];
  /** Raised only in the later one. */
  added: string[];
  /** Raised only in the earlier one. */
  dropped: string[];
}

/**
 * Topics kept, added and dropped going forward in time, whichever column holds the earlier
 * meeting: swapping the columns must not turn "added" into "dropped". Returns undefined when
 * neither is earlier (two accounts of one meeting: nothing was added, only reported by one).
 */
export function topicChange(
  rows: readonly TopicRow[],
  dateA: string,
  dateB: string,
): TopicChange | undefined {
  if (dateA === dateB) return undefined;
  const topics = (presence: TopicPresence) =>
    rows.filter((r) => r.presence === presence && r.topic !== null).map((r) => r.topic!);
  const aIsEarlier = dateA < dateB;
  return {
    kept: topics("both"),
    added: topics(aIsEarlier ? "only-b" : "only-a"),
    dropped: topics(aIsEarlier ? "only-a" : "only-b"),
  };
}

export interface ParticipantOverlap {
  both: string[];
  onlyA: string[];
  onlyB: string[];
}

/** Every actor on any side of a meeting: principals first, then attendees, without duplicates. */
export function participantsOf(meeting: Meeting): string[] {
  return distinct([...meeting.sides.map((s) => s.principal), ...meeting.sides.flatMap((s) => s.attendees)]);
}

/** Who took part in both meetings and who in only one, each list in its meeting's order. */
export function compareParticipants(a: Meeting, b: Meeting): ParticipantOverlap {
  const inA = participantsOf(a);
  const inB = participantsOf(b);
  return {
    both: inA.filter((id) => inB.includes(id)),
    onlyA: inA.filter((id) => !inB.includes(id)),
    onlyB: inB.filter((id) => !inA.includes(id)),
  };
}

/** How many statements of position a column attributes to each side. */
export function countBySide(comparand: Comparand): Record<StatementSide, number> {
  const split = splitBySide(comparand.statements);
  return { china: split.china.length, counterpart: split.counterpart.length, joint: split.joint.length };
}

/** For each column, the row (topic, or null for untagged) where each statement first appears. */
export interface FirstAppearance {
  a: ReadonlyMap<string, string | null>;
  b: ReadonlyMap<string, string | null>;
}

/**
 * Where each statement appears first, reading the rows in order. A statement on six topics sits
 * in six rows; the view shows it in full once and refers back to it elsewhere.
 */
export function firstAppearance(rows: readonly TopicRow[]): FirstAppearance {
  const a = new Map<string, string | null>();
  const b = new Map<string, string | null>();
  for (const row of rows) {
    for (const side of STATEMENT_SIDES) {
      for (const s of row.a[side]) if (!a.has(s.id)) a.set(s.id, row.topic);
      for (const s of row.b[side]) if (!b.has(s.id)) b.set(s.id, row.topic);
    }
  }
  return { a, b };
}
