import { describe, expect, it } from "vitest";
import { mergeDatasets } from "../../../src/domain/merge-datasets";
import { pairDataset } from "../../fixtures/pair-accounts";

const bundled = pairDataset({ date: "2024-03-04", readoutId: "cn" });

describe("mergeDatasets joins accounts as the build does (ADR 013)", () => {
  it("joins a library page dated only by its publication day to the bundled meeting of the day before", () => {
    const library = pairDataset({ date: "2024-03-05", readoutId: "vl", bound: true });
    const { meetings } = mergeDatasets(bundled, [library]);
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(meeting!.id).toBe("2024-03-04-han-lio-mensor");
    expect(meeting!.date).toBe("2024-03-04");
    expect(meeting!.datePrecision).toBeUndefined();
    expect(meeting!.readoutIds).toEqual(["cn", "vl"]);
    expect(meeting!.provenance.date).toMatchObject({ source: "text", readoutId: "cn" });
  });

  it("gives a bundled bound meeting the day a library account of the day before states, keeping its id", () => {
    const base = pairDataset({ date: "2024-03-05", readoutId: "vl", bound: true });
    const library = pairDataset({ date: "2024-03-04", readoutId: "cn" });
    const { meetings } = mergeDatasets(base, [library]);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ id: "2024-03-05-han-lio-mensor", date: "2024-03-04" });
    expect(meetings[0]!.datePrecision).toBeUndefined();
    expect(meetings[0]!.provenance.date).toMatchObject({ source: "text", readoutId: "cn" });
    // Filed again under its day: a later library page of the day after joins it too.
    const later = pairDataset({ date: "2024-03-05", readoutId: "wire", bound: true });
    expect(mergeDatasets(base, [library, later]).meetings).toHaveLength(1);
  });

  it("keeps apart another pair and a bound two days later", () => {
    const other = pairDataset({ date: "2024-03-05", readoutId: "x", bound: true, foreign: "orlan" });
    const late = pairDataset({ date: "2024-03-06", readoutId: "y", bound: true });
    const { meetings } = mergeDatasets(bundled, [other, late]);
    expect(meetings.map((m) => m.readoutIds)).toEqual([["cn"], ["x"], ["y"]]);
    expect(meetings.filter((m) => m.datePrecision)).toHaveLength(2);
  });
});
