import { describe, expect, it } from "vitest";
import { findDays, isValidIsoDay } from "../../../src/pipeline/calendar";

describe("findDays", () => {
  it("resolves a weekday against the publication date", () => {
    expect(findDays("The leader on Friday reiterated the stance.", "2022-12-31").map((d) => d.iso)).toEqual([
      "2022-12-30",
    ]);
  });

  it("re-grounds a match chrono leaves without known values", () => {
    const [day] = findDays("On the evening of May 16, 2024, the leaders held talks.");
    expect(day?.iso).toBe("2024-05-16");
    expect(day?.text).toBe("May 16, 2024");
  });

  it("ignores relative and month-only expressions", () => {
    expect(
      findDays(
        "He announced it a few days ago and will convene a summit next year, maybe in October.",
        "2020-09-24",
      ),
    ).toEqual([]);
  });

  it("needs a reference for weekdays and today", () => {
    expect(findDays("They met today.")).toEqual([]);
    expect(findDays("They met today.", "2013-06-19").map((d) => d.iso)).toEqual(["2013-06-19"]);
  });

  it("reports which parts the text stated", () => {
    const [day] = findDays("On February 7 local time, they met.");
    expect(day?.known).toMatchObject({ day: true, month: true, year: false });
  });

  it("validates calendar days", () => {
    expect(isValidIsoDay("2024-02-29")).toBe(true);
    expect(isValidIsoDay("2023-02-29")).toBe(false);
    expect(isValidIsoDay("24-02-29")).toBe(false);
  });
});
