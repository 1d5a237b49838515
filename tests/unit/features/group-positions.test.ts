import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/domain/parse-dataset";
import type { Meeting } from "../../../src/domain/schema";
import { groupPositions } from "../../../src/features/meeting-panel/group-positions";

const dataset = parseDataset(readFileSync("tests/fixtures/dataset.sample.json", "utf8"));
const meeting = (id: string) => dataset.meetings.find((m) => m.id === id)!;

describe("groupPositions", () => {
  it("puts each side's statements in its own column, China first, and joint ones apart", () => {
    const [positions] = groupPositions(meeting("2021-03-03-xi-jinping-vladimir-putin"));
    expect(positions!.sides.map((s) => s.party)).toEqual(["china", "russia"]);
    expect(positions!.sides[0]!.groups).toEqual([
      { topic: "trade", statements: [expect.objectContaining({ speaker: "xi-jinping" })] },
    ]);
    expect(positions!.sides[1]!.groups[0]!.topic).toBe("taiwan");
    expect(positions!.joint).toEqual([
      { topic: "ukraine", statements: [expect.objectContaining({ id: "sample-ru-2021-s3" })] },
    ]);
  });

  it("keeps narration out of everyone's positions but counts it", () => {
    const [positions] = groupPositions(meeting("2013-06-19-xi-jinping-ban-ki-moon"));
    const shown = [...positions!.sides.flatMap((s) => s.groups), ...positions!.joint].flatMap(
      (g) => g.statements,
    );
    expect(shown.some((s) => s.speaker === "narrator")).toBe(false);
    expect(positions!.narrationCount).toBe(1);
  });

  it("makes one section per readout, in the meeting's readout order", () => {
    const positions = groupPositions(meeting("2023-06-05-xi-jinping-vladimir-putin"));
    expect(positions.map((p) => p.readoutId)).toEqual(
      meeting("2023-06-05-xi-jinping-vladimir-putin").readoutIds,
    );
  });

  it("orders topic groups by the meeting's topics with untagged statements last", () => {
    const base = meeting("2021-03-03-xi-jinping-vladimir-putin");
    const said = (id: string, topics: string[]) => ({ ...base.statements[0]!, id, topics });
    const m: Meeting = {
      ...base,
      topics: ["energy", "trade"],
      statements: [said("a", []), said("b", ["trade", "energy"]), said("c", ["trade"])],
    };
    const groups = groupPositions(m)[0]!.sides[0]!.groups;
    expect(groups.map((g) => [g.topic, g.statements.map((s) => s.id)])).toEqual([
      ["energy", ["b"]],
      ["trade", ["c"]],
      [undefined, ["a"]],
    ]);
  });
});
