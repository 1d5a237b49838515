import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { findDays, isValidIsoDay, parseStampDate } from "../../../src/pipeline/calendar";

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

  it("reads a duration as no day: 'for two days' is not the page's day plus two", () => {
    const text =
      "Envoy Dorlan met Minister Tessaly for two days in Veloria, the first talks since last November.";
    expect(findDays(text)).toEqual([]);
    expect(findDays(text, "2021-05-12")).toEqual([]);
    expect(findDays("The visit in March lasted three weeks.", "2021-05-12")).toEqual([]);
  });

  it("needs a reference for weekdays and today", () => {
    expect(findDays("They met today.")).toEqual([]);
    expect(findDays("They met today.", "2013-06-19").map((d) => d.iso)).toEqual(["2013-06-19"]);
    expect(findDays("We met the day before yesterday, and now we meet again.")).toEqual([]);
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

describe("parseStampDate", () => {
  const byChrono = (text: string) => {
    const result = chrono.en.parse(text)[0];
    const certain = ["year", "month", "day"].every((c) => result?.start.isCertain(c as chrono.Component));
    if (!result || !certain) return undefined;
    const pad = (n: number, width = 2) => String(n).padStart(width, "0");
    return `${pad(result.start.get("year")!, 4)}-${pad(result.start.get("month")!)}-${pad(result.start.get("day")!)}`;
  };

  it("reads ISO stamps as chrono does, impossible days and times included", () => {
    const stamps = [
      "2024-03-13",
      "2024-03-13 00:41:05",
      "2019-01-10 18:00",
      "2024-02-29",
      "2023-02-29",
      "2024-04-31",
      "2024-13-01",
      "2024-00-10",
      "2024-03-00",
      "2024-03-13 24:00",
      "2024-03-13  7:05",
      " 2016-10-18 23:59 ",
    ];
    for (const stamp of stamps) expect(parseStampDate(stamp), stamp).toBe(byChrono(stamp));
  });

  it("reads other shapes through chrono", () => {
    expect(parseStampDate("Updated 14:05, 13-Mar-2024")).toBe(byChrono("Updated 14:05, 13-Mar-2024"));
    expect(parseStampDate("March 13, 2024")).toBe("2024-03-13");
    expect(parseStampDate("no date here")).toBeUndefined();
  });
});
