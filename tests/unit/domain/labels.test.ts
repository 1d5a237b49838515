import { describe, expect, it } from "vitest";
import {
  datePrecisionNote,
  meetingDayLabel,
  remotePlaceLabel,
  yearRangeLabel,
} from "../../../src/domain/labels";

describe("labels a reader sees", () => {
  it("writes a year range as a person would, never with a dangling dash", () => {
    expect(yearRangeLabel(2014, 2024)).toBe("2014–2024");
    expect(yearRangeLabel(2022, 2022)).toBe("2022");
    expect(yearRangeLabel(2014, undefined)).toBe("from 2014");
    expect(yearRangeLabel(undefined, 2024)).toBe("until 2024");
  });

  it("says how a remote meeting was held instead of naming a place", () => {
    expect(remotePlaceLabel("video")).toBe("Held by video call");
    expect(remotePlaceLabel("phone")).toBe("Held by phone");
  });

  it("shows a day that is only the publication day as a bound, never as the day (ADR 013)", () => {
    expect(meetingDayLabel({ date: "2024-09-05" })).toBe("5 September 2024");
    expect(meetingDayLabel({ date: "2024-09-05" }, "weekday")).toBe("Thursday, 5 September 2024");
    const bound = { date: "2024-09-05", datePrecision: "on-or-before" as const };
    expect(meetingDayLabel(bound, "short")).toBe("on or before 5 Sept 2024");
    expect(meetingDayLabel(bound, "weekday")).toBe("on or before Thursday, 5 September 2024");
    expect(datePrecisionNote(bound)).toMatch(/gives no day/);
    expect(datePrecisionNote({})).toBeUndefined();
  });
});
