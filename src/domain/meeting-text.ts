/**
 * Which text of its readouts belongs to a meeting (issue 13). A readout can describe several
 * meetings (the UN's "met the President, then the Foreign Minister, then the General"): a search for
 * a word one meeting's part mentions must not find the others. So a meeting owns its statements,
 * and the readout's title and opening paragraph count for every meeting of that readout — they
 * introduce them all. A readout about one meeting belongs to it whole. Pure.
 */
import type { Meeting, Readout } from "./schema";

export interface MeetingTextPiece {
  text: string;
  readoutId: string;
  /** Where the text sits in the readout's cleaned text (absent for the title, which is not in it). */
  span?: [number, number];
  kind: "title" | "preamble" | "statement" | "readout";
}

/** Readout fields this needs; the meeting index may hold readouts without their statements. */
export type ReadoutText = Pick<Readout, "id" | "title" | "text">;

/** What meetingText needs about the readouts, derived once per dataset (readoutTexts). */
export interface ReadoutTexts {
  readouts: ReadonlyMap<string, ReadoutText>;
  /** How many meetings each readout describes. */
  meetingCount: ReadonlyMap<string, number>;
  /** The end of each shared readout's preamble (0 when it has none). */
  preambleEnd: ReadonlyMap<string, number>;
}

/**
 * The opening paragraph of a readout counts as its preamble when no side speaks in it (only
 * narration or nothing): the "had a range of meetings in Beijing today" paragraph.
 */
function preambleEnd(readout: ReadoutText, statements: readonly Meeting["statements"][number][]): number {
  const breakAt = readout.text.search(/\n\s*\n/);
  const end = breakAt < 0 ? readout.text.length : breakAt;
  return statements.some((s) => s.span[0] < end && s.party !== "narrator") ? 0 : end;
}

export function readoutTexts(
  meetings: readonly Pick<Meeting, "readoutIds" | "statements">[],
  readouts: Iterable<ReadoutText>,
): ReadoutTexts {
  const byId = new Map([...readouts].map((r) => [r.id, r]));
  const meetingCount = new Map<string, number>();
  for (const meeting of meetings)
    for (const id of meeting.readoutIds) meetingCount.set(id, (meetingCount.get(id) ?? 0) + 1);
  const statementsOf = new Map<string, Meeting["statements"][number][]>();
  for (const meeting of meetings)
    for (const statement of meeting.statements) {
      if ((meetingCount.get(statement.readoutId) ?? 0) < 2) continue;
      let list = statementsOf.get(statement.readoutId);
      if (!list) statementsOf.set(statement.readoutId, (list = []));
      list.push(statement);
    }
  const ends = new Map<string, number>();
  for (const [id, count] of meetingCount) {
    const readout = byId.get(id);
    if (count > 1 && readout) ends.set(id, preambleEnd(readout, statementsOf.get(id) ?? []));
  }
  return { readouts: byId, meetingCount, preambleEnd: ends };
}

/** The pieces of text a meeting owns, in reading order per readout. */
export function meetingText(
  meeting: Pick<Meeting, "readoutIds" | "statements">,
  texts: ReadoutTexts,
): MeetingTextPiece[] {
  const pieces: MeetingTextPiece[] = [];
  for (const readoutId of meeting.readoutIds) {
    const readout = texts.readouts.get(readoutId);
    if (!readout) continue;
    if (readout.title) pieces.push({ text: readout.title, readoutId, kind: "title" });
    if ((texts.meetingCount.get(readoutId) ?? 1) <= 1) {
      pieces.push({ text: readout.text, readoutId, span: [0, readout.text.length], kind: "readout" });
      continue;
    }
    const end = texts.preambleEnd.get(readoutId) ?? 0;
    if (end > 0)
      pieces.push({ text: readout.text.slice(0, end), readoutId, span: [0, end], kind: "preamble" });
    for (const statement of meeting.statements) {
      if (statement.readoutId !== readoutId || statement.span[1] <= end) continue;
      pieces.push({ text: statement.text, readoutId, span: statement.span, kind: "statement" });
    }
  }
  return pieces;
}
