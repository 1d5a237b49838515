import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { meetingsCsv, statementsCsv } from "../../../src/domain/csv-export";
import { fragmentArbitrary } from "../../fixtures/library-fragments";

const dataset = fc.sample(fragmentArbitrary("yours-1"), { numRuns: 1, seed: 11 })[0]!;
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks so every statement reads back exactly", () => {
    const tricky = {
      ...dataset,
      meetings: dataset.meetings.map((m) => ({
        ...m,
        statements: m.statements.map((s, i) => ({
          ...s,
          text: ['He said "yes", then no.', "Line one\nline two", "a,b;c"][i % 3]!,
        })),
      })),
    };
    const rows = parse(statementsCsv(tricky, tricky.meetings));
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((r) => r.text)).toEqual(
      tricky.meetings.flatMap((m) => m.statements.map((s) => s.text)),
    );
  });

  it("joins statements to meetings by meeting id", () => {
    const meetings = parse(meetingsCsv(dataset, dataset.meetings)).data;
    const statements = parse(statementsCsv(dataset, dataset.meetings)).data;
    expect(meetings.map((m) => m.meeting_id)).toEqual(dataset.meetings.map((m) => m.id));
    const ids = new Set(meetings.map((m) => m.meeting_id));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => ids.has(s.meeting_id!))).toBe(true);
    expect(meetings[0]).toMatchObject({
      date: dataset.meetings[0]!.date,
      readout_ids: "yours-1",
      publishers: "Test Office",
    });
  });

  it("a cell that starts like a spreadsheet formula is never a formula", () => {
    const formula = {
      ...dataset,
      meetings: dataset.meetings.map((m) => ({
        ...m,
        statements: m.statements.map((s) => ({ ...s, text: '=HYPERLINK("x")' })),
      })),
    };
    const rows = parse(statementsCsv(formula, formula.meetings)).data;
    expect(rows.every((r) => !r.text!.startsWith("="))).toBe(true);
  });
});
