import { describe, expect, it } from "vitest";
import { rowKeyTarget, tabStopMeeting } from "../../../src/features/chronology/roving-rows";

// Row indexes of meetings in a list with year headings at 0 and 3.
const ROWS = [1, 2, 4, 5];

describe("rowKeyTarget", () => {
  it("moves up and down between meetings, skipping year headings, and stays in the same column", () => {
    expect(rowKeyTarget("ArrowDown", ROWS, 2, "link", true)).toEqual({ row: 4, column: "link" });
    expect(rowKeyTarget("ArrowUp", ROWS, 4, "tick", true)).toEqual({ row: 2, column: "tick" });
    expect(rowKeyTarget("Home", ROWS, 5, "link", true)).toEqual({ row: 1, column: "link" });
    expect(rowKeyTarget("End", ROWS, 1, "link", true)).toEqual({ row: 5, column: "link" });
  });

  it("stops at the ends instead of wrapping", () => {
    expect(rowKeyTarget("ArrowDown", ROWS, 5, "link", true)).toBeUndefined();
    expect(rowKeyTarget("ArrowUp", ROWS, 1, "link", true)).toBeUndefined();
  });

  it("goes right to the row's Compare box and left back to its link, only when the list has boxes", () => {
    expect(rowKeyTarget("ArrowRight", ROWS, 2, "link", true)).toEqual({ row: 2, column: "tick" });
    expect(rowKeyTarget("ArrowLeft", ROWS, 2, "tick", true)).toEqual({ row: 2, column: "link" });
    expect(rowKeyTarget("ArrowRight", ROWS, 2, "link", false)).toBeUndefined();
    expect(rowKeyTarget("ArrowLeft", ROWS, 2, "link", true)).toBeUndefined();
  });

  it("leaves other keys (Enter, Space, Tab) and unknown rows to the browser", () => {
    for (const key of ["Enter", " ", "Tab", "a"])
      expect(rowKeyTarget(key, ROWS, 2, "link", true)).toBeUndefined();
    expect(rowKeyTarget("ArrowDown", ROWS, 3, "link", true)).toBeUndefined();
  });
});

describe("tabStopMeeting", () => {
  it("keeps the last focused row, then the open meeting, then the first row", () => {
    expect(tabStopMeeting(["a", "b", "c"], "b", "c")).toBe("b");
    expect(tabStopMeeting(["a", "b", "c"], undefined, "c")).toBe("c");
    expect(tabStopMeeting(["a", "b", "c"], "gone", "also-gone")).toBe("a");
    expect(tabStopMeeting([], "b", "c")).toBeUndefined();
  });
});
