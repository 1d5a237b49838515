import { describe, expect, it } from "vitest";
import { statementKeyTarget, tabStopRun } from "../../../src/features/source-viewer/statement-keys";

describe("the source viewer's statements as one Tab stop", () => {
  it("moves to the next or previous statement with the arrows, to the ends with Home and End", () => {
    expect(statementKeyTarget("ArrowDown", 0, 3)).toBe(1);
    expect(statementKeyTarget("ArrowRight", 1, 3)).toBe(2);
    expect(statementKeyTarget("ArrowUp", 2, 3)).toBe(1);
    expect(statementKeyTarget("ArrowLeft", 0, 3)).toBe(0);
    expect(statementKeyTarget("ArrowDown", 2, 3)).toBe(2);
    expect(statementKeyTarget("Home", 2, 3)).toBe(0);
    expect(statementKeyTarget("End", 0, 3)).toBe(2);
  });

  it("leaves other keys (Enter, Tab, letters) to the statement and the page", () => {
    expect(statementKeyTarget("Enter", 0, 3)).toBeUndefined();
    expect(statementKeyTarget("Tab", 0, 3)).toBeUndefined();
    expect(statementKeyTarget("a", 0, 3)).toBeUndefined();
    expect(statementKeyTarget("ArrowDown", 0, 0)).toBeUndefined();
  });

  it("gives the Tab stop to the statement last focused, else the one opened at, else the first", () => {
    expect(tabStopRun([1, 4, 6], 4, 6)).toBe(4);
    expect(tabStopRun([1, 4, 6], undefined, 6)).toBe(6);
    expect(tabStopRun([1, 4, 6], 5, undefined)).toBe(1);
    expect(tabStopRun([], undefined, undefined)).toBeUndefined();
  });
});
