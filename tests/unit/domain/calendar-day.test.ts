import { describe, expect, it } from "vitest";
import {
  calendarDayToLocalNoon,
  formatCalendarDay,
  parseCalendarDay,
  weekdayOf,
} from "../../../src/domain/calendar-day";

describe("calendar days", () => {
  it("formats a day as written, whatever the process time zone", () => {
    expect(formatCalendarDay("2013-06-19")).toBe("19 June 2013");
    expect(formatCalendarDay("2024-05-16", "short")).toBe("16 May 2024");
    expect(weekdayOf("2024-05-16")).toBe("Thursday");
  });

  it("places a day at local noon on the same calendar day", () => {
    const date = calendarDayToLocalNoon("2013-06-19");
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours()]).toEqual([
      2013, 6, 19, 12,
    ]);
  });

  it("rejects text that is not a calendar day", () => {
    expect(parseCalendarDay("2020-02-29")).toEqual({ year: 2020, month: 2, day: 29 });
    expect(() => parseCalendarDay("2020-2-29")).toThrow(/calendar day/);
  });
});
