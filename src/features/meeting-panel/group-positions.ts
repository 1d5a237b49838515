/**
 * Arranges a meeting's statements as positions side by side (issue 13): per readout (a statement
 * is what X said according to publisher P), one row per topic with a cell per side, so China's
 * words and the counterpart's on the same topic read across; joint statements sit under their row;
 * topics both sides addressed come first; narration is left out (it is the publisher speaking, not
 * a side). A statement tagged with several topics sits in each of their rows, so no row says a
 * side was silent on a topic it spoke to; it is shown in full in the first of those rows only.
 * Pure, for the panel.
 */
import { orderedSides } from "../../domain/dataset-index";
import { JOINT, NARRATOR, type Meeting, type Statement } from "../../domain/schema";

export interface PositionRow {
  /** Topic id, or undefined for statements tagged with no topic (shown as "General remarks"). */
  topic?: string;
  /** One cell per side, in the order of ReadoutPositions.parties (empty when that side said nothing on it). */
  cells: Statement[][];
  /** Joint statements on this topic, shown under the row. */
  joint: Statement[];
  /** True when at least two sides speak on this topic in their own cells. */
  shared: boolean;
  /**
   * Statements of this row already shown in full in an earlier row (they touch several topics):
   * statement id → that row's topic (undefined for general remarks, which never happens in practice
   * since an untagged statement has one row only).
   */
  shownInFullUnder: ReadonlyMap<string, string | undefined>;
}

export interface ReadoutPositions {
  readoutId: string;
  /** The sides' parties, China first; a third party quoted in the readout gets its own column. */
  parties: string[];
  rows: PositionRow[];
  /** Narration sentences from this readout, not shown as anyone's position. */
  narrationCount: number;
}

/** The rows a statement belongs in: each of its topics, or general remarks when it has none. */
const rowTopicsOf = (statement: Statement): (string | undefined)[] =>
  statement.topics.length > 0 ? [...new Set(statement.topics)] : [undefined];

/** Marks, row by row in display order, the statements an earlier row already shows in full. */
function markRepeats(rows: PositionRow[]): PositionRow[] {
  const firstRow = new Map<string, string | undefined>();
  return rows.map((row) => {
    const repeats = new Map<string, string | undefined>();
    for (const statement of [...row.cells.flat(), ...row.joint]) {
      if (firstRow.has(statement.id)) repeats.set(statement.id, firstRow.get(statement.id));
      else firstRow.set(statement.id, row.topic);
    }
    return { ...row, shownInFullUnder: repeats };
  });
}

/** Shared topics first, then joint-only ones, then one side's; by the meeting's topic order; general remarks last. */
function rowOrder(topicRank: ReadonlyMap<string, number>) {
  const tier = (row: PositionRow) => (row.shared ? 0 : row.cells.every((c) => c.length === 0) ? 1 : 2);
  const rank = (row: PositionRow) =>
    row.topic === undefined ? Infinity : (topicRank.get(row.topic) ?? topicRank.size);
  return (a: PositionRow, b: PositionRow) =>
    Number(a.topic === undefined) - Number(b.topic === undefined) || tier(a) - tier(b) || rank(a) - rank(b);
}

function readoutPositions(meeting: Meeting, readoutId: string, topicRank: ReadonlyMap<string, number>) {
  const parties = orderedSides(meeting).map((side) => side.party);
  const statements = meeting.statements.filter((s) => s.readoutId === readoutId);
  for (const s of statements)
    if (s.party !== JOINT && s.party !== NARRATOR && s.speaker !== NARRATOR && !parties.includes(s.party))
      parties.push(s.party);
  const rows = new Map<string | undefined, PositionRow>();
  const rowOf = (topic: string | undefined) => {
    let row = rows.get(topic);
    if (!row)
      rows.set(
        topic,
        (row = {
          topic,
          cells: parties.map(() => []),
          joint: [],
          shared: false,
          shownInFullUnder: new Map(),
        }),
      );
    return row;
  };
  let narrationCount = 0;
  for (const statement of statements) {
    if (statement.party === NARRATOR || statement.speaker === NARRATOR) {
      narrationCount++;
      continue;
    }
    for (const topic of rowTopicsOf(statement)) {
      const row = rowOf(topic);
      if (statement.party === JOINT) row.joint.push(statement);
      else row.cells[parties.indexOf(statement.party)]!.push(statement);
    }
  }
  const ordered = [...rows.values()].map((row) => ({
    ...row,
    shared: row.cells.filter((cell) => cell.length > 0).length >= 2,
  }));
  return { readoutId, parties, rows: markRepeats(ordered.sort(rowOrder(topicRank))), narrationCount };
}

export function groupPositions(meeting: Meeting): ReadoutPositions[] {
  const topicRank = new Map(meeting.topics.map((topic, i) => [topic, i]));
  return meeting.readoutIds.map((readoutId) => readoutPositions(meeting, readoutId, topicRank));
}
