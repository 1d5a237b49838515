import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/domain/parse-dataset";
import type { Meeting } from "../../../src/domain/schema";
import { groupPositions, type ReadoutPositions } from "../../../src/features/meeting-panel/group-positions";

const dataset = parseDataset(readFileSync("tests/fixtures/dataset.sample.json", "utf8"));
const meeting = (id: string) => dataset.meetings.find((m) => m.id === id)!;

/** Each row as [topic, ids per cell, joint ids], to read the alignment at a glance. */
const layout = (positions: ReadoutPositions) =>
  positions.rows.map((row) => [
    row.topic,
    row.cells.map((cell) => cell.map((s) => s.id)),
    row.joint.map((s) => s.id),
  ]);

/** A made-up meeting from the 2021 fixture's first statement, re-tagged and re-attributed. */
function withStatements(statements: [id: string, party: string, topics: string[]][]): Meeting {
  const base = meeting("2021-03-03-xi-jinping-vladimir-putin");
  return {
    ...base,
    topics: ["energy", "trade", "taiwan"],
    statements: statements.map(([id, party, topics]) => ({
      ...base.statements[0]!,
      id,
      party,
      speaker: party === "china" ? "xi-jinping" : party === "russia" ? "vladimir-putin" : party,
      topics,
    })),
  };
}

describe("groupPositions: positions side by side", () => {
  it("gives each topic one row with a cell per side, China first, and joint statements under their row", () => {
    const [positions] = groupPositions(meeting("2021-03-03-xi-jinping-vladimir-putin"));
    expect(positions!.parties).toEqual(["china", "russia"]);
    expect(layout(positions!)).toEqual([
      ["ukraine", [[], []], ["sample-ru-2021-s3"]],
      ["trade", [["sample-ru-2021-s1"], []], []],
      ["energy", [["sample-ru-2021-s1"], []], []],
      ["taiwan", [[], ["sample-ru-2021-s2"]], []],
    ]);
  });

  it("puts topics both sides addressed first, so they read across one row", () => {
    const m = withStatements([
      ["a", "china", ["energy"]],
      ["b", "china", ["trade"]],
      ["c", "russia", ["trade"]],
      ["d", "russia", ["taiwan"]],
    ]);
    const [positions] = groupPositions(m);
    expect(layout(positions!)).toEqual([
      ["trade", [["b"], ["c"]], []],
      ["energy", [["a"], []], []],
      ["taiwan", [[], ["d"]], []],
    ]);
    expect(positions!.rows.map((row) => row.shared)).toEqual([true, false, false]);
  });

  it("files a statement under each of its topics, in full in the first of those rows; untagged statements are the last row", () => {
    const m = withStatements([
      ["a", "china", []],
      ["b", "russia", ["trade", "energy"]],
      ["c", "china", ["energy"]],
      ["d", "russia", []],
    ]);
    const [positions] = groupPositions(m);
    expect(layout(positions!)).toEqual([
      ["energy", [["c"], ["b"]], []],
      ["trade", [[], ["b"]], []],
      [undefined, [["a"], ["d"]], []],
    ]);
    // Russia did speak on trade (no row says a side was silent on a topic it spoke to), but its
    // statement is shown in full once, under energy, where both sides read across.
    expect(positions!.rows.map((row) => Object.fromEntries(row.shownInFullUnder))).toEqual([
      {},
      { b: "energy" },
      {},
    ]);
  });

  it("lists a joint statement of two topics under both rows, in full under the first", () => {
    const m = withStatements([
      ["a", "joint", ["energy", "taiwan"]],
      ["b", "china", ["taiwan"]],
    ]);
    const [positions] = groupPositions(m);
    expect(layout(positions!)).toEqual([
      ["energy", [[], []], ["a"]],
      ["taiwan", [["b"], []], ["a"]],
    ]);
    expect(positions!.rows[1]!.shownInFullUnder.get("a")).toBe("energy");
  });

  it("gives a third party quoted in the readout its own column rather than dropping it", () => {
    const m = withStatements([
      ["a", "china", ["trade"]],
      ["b", "united-nations", ["trade"]],
    ]);
    const [positions] = groupPositions(m);
    expect(positions!.parties).toEqual(["china", "russia", "united-nations"]);
    expect(layout(positions!)).toEqual([["trade", [["a"], [], ["b"]], []]]);
  });

  it("keeps narration out of everyone's positions but counts it", () => {
    const [positions] = groupPositions(meeting("2013-06-19-xi-jinping-ban-ki-moon"));
    const shown = positions!.rows.flatMap((row) => [...row.cells.flat(), ...row.joint]);
    expect(shown.some((s) => s.speaker === "narrator")).toBe(false);
    expect(positions!.narrationCount).toBe(1);
  });

  it("makes one section per readout, in the meeting's readout order, each aligned on its own", () => {
    const m = meeting("2023-06-05-xi-jinping-vladimir-putin");
    const positions = groupPositions(m);
    expect(positions.map((p) => p.readoutId)).toEqual(m.readoutIds);
    expect(layout(positions[1]!)).toEqual([
      ["ukraine", [["sample-ru-2023-ru-s2"], []], []],
      ["international-order", [[], ["sample-ru-2023-ru-s1"]], []],
      ["multipolarity", [[], ["sample-ru-2023-ru-s1"]], []],
    ]);
  });
});
