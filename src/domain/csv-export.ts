/**
 * The filtered meetings as two CSV files (issue 9): meetings.csv, and statements.csv with the
 * meeting id to join them. Quoting is papaparse's (ADR 008): commas, quotes and line breaks in
 * readout text survive a round trip through any spreadsheet; cells that start like a formula are
 * prefixed with a quote so a spreadsheet never runs them.
 */
import Papa from "papaparse";
import { CHINA } from "./schema";
import type { Dataset, Meeting } from "./schema";

const names = (dataset: Dataset) => {
  const byId = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return (id: string) => byId.get(id) ?? id;
};

export function meetingsCsv(dataset: Dataset, meetings: readonly Meeting[]): string {
  const name = names(dataset);
  const readouts = new Map(dataset.readouts.map((r) => [r.id, r]));
  const rows = meetings.map((m) => {
    const chinese = m.sides.find((s) => s.party === CHINA);
    const foreign = m.sides.find((s) => s.party !== CHINA);
    return {
      meeting_id: m.id,
      date: m.date,
      // "on-or-before" when the date is only the readout's publication day (ADR 013); empty for the day.
      date_precision: m.datePrecision ?? "",
      date_source: m.provenance.date.source,
      format: m.format,
      setting: m.setting ?? "",
      venue: m.location?.venue ?? "",
      city: m.location?.city ?? "",
      country: m.location?.country ?? "",
      counterpart: name(m.counterpart),
      chinese_principal: chinese ? name(chinese.principal) : "",
      counterpart_principal: foreign ? name(foreign.principal) : "",
      attendees: m.sides.flatMap((s) => s.attendees.map(name)).join("; "),
      topics: m.topics.join("; "),
      readout_ids: m.readoutIds.join("; "),
      publishers: m.readoutIds.map((id) => readouts.get(id)?.publisher ?? id).join("; "),
      urls: m.readoutIds
        .map((id) => readouts.get(id)?.url ?? "")
        .filter(Boolean)
        .join("; "),
    };
  });
  return Papa.unparse(rows, { columns: MEETING_COLUMNS, newline: "\r\n", escapeFormulae: true });
}

const MEETING_COLUMNS = [
  "meeting_id",
  "date",
  "date_source",
  "format",
  "setting",
  "venue",
  "city",
  "country",
  "counterpart",
  "chinese_principal",
  "counterpart_principal",
  "attendees",
  "topics",
  "readout_ids",
  "publishers",
  "urls",
];

const STATEMENT_COLUMNS = [
  "statement_id",
  "meeting_id",
  "readout_id",
  "publisher",
  "speaker_id",
  "speaker",
  "party",
  "verb",
  "topics",
  "text",
  "span_start",
  "span_end",
];

export function statementsCsv(dataset: Dataset, meetings: readonly Meeting[]): string {
  const name = names(dataset);
  const readouts = new Map(dataset.readouts.map((r) => [r.id, r]));
  const rows = meetings.flatMap((m) =>
    m.statements.map((s) => ({
      statement_id: s.id,
      meeting_id: m.id,
      readout_id: s.readoutId,
      publisher: readouts.get(s.readoutId)?.publisher ?? "",
      speaker_id: s.speaker,
      speaker:
        s.speaker === "joint" ? "Both sides" : s.speaker === "narrator" ? "Narration" : name(s.speaker),
      party: s.party,
      verb: s.verb ?? "",
      topics: s.topics.join("; "),
      text: s.text,
      span_start: s.span[0],
      span_end: s.span[1],
    })),
  );
  return Papa.unparse(rows, { columns: STATEMENT_COLUMNS, newline: "\r\n", escapeFormulae: true });
}
