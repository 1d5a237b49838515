import { describe, expect, it } from "vitest";
import {
  centreFraction,
  monthCounts,
  windowCentredAt,
  windowMark,
  windowMovedBy,
  yearsOf,
} from "../../../src/domain/overview-geometry";

const range = { start: 0, end: 1000 };

describe("yearsOf and monthCounts", () => {
  it("spans the first to the last year of the days, in any order", () => {
    expect(yearsOf(["2019-05-01", "2013-06-19", "2024-05-16"])).toEqual({ first: 2013, last: 2024 });
    expect(yearsOf([])).toBeUndefined();
  });

  it("counts meetings per month from January of the first year, ignoring days outside", () => {
    const counts = monthCounts(["2013-01-05", "2013-01-20", "2014-12-31", "2015-03-01"], 2013, 2014);
    expect(counts).toHaveLength(24);
    expect(counts[0]).toBe(2);
    expect(counts[23]).toBe(1);
    expect(counts.reduce((a, b) => a + b)).toBe(3);
  });
});

describe("windowMark", () => {
  it("places the window as fractions of the strip", () => {
    expect(windowMark({ start: 250, end: 500 }, range)).toEqual({ left: 0.25, width: 0.25 });
  });

  it("clips a window that reaches past the strip and keeps a tiny one visible", () => {
    expect(windowMark({ start: -100, end: 300 }, range)).toEqual({ left: 0, width: 0.3 });
    expect(windowMark({ start: 999, end: 1000 }, range, 0.01)).toEqual({ left: 0.99, width: 0.01 });
  });
});

describe("moving the window", () => {
  const window = { start: 400, end: 600 };

  it("centres it where the strip was clicked, keeping its width", () => {
    expect(windowCentredAt(0.3, window, range)).toEqual({ start: 200, end: 400 });
    expect(centreFraction(windowCentredAt(0.3, window, range), range)).toBeCloseTo(0.3);
  });

  it("stops at either end of the range", () => {
    expect(windowCentredAt(0, window, range)).toEqual({ start: 0, end: 200 });
    expect(windowCentredAt(1, window, range)).toEqual({ start: 800, end: 1000 });
  });

  it("centres a window wider than the range on it", () => {
    expect(windowCentredAt(0.9, { start: 0, end: 2000 }, range)).toEqual({ start: -500, end: 1500 });
  });

  it("moves by shares of its own width, and no further than the ends", () => {
    expect(windowMovedBy(0.1, window, range)).toEqual({ start: 420, end: 620 });
    expect(windowMovedBy(-1, window, range)).toEqual({ start: 200, end: 400 });
    expect(windowMovedBy(5, window, range)).toEqual({ start: 800, end: 1000 });
  });
});
