import { describe, expect, it } from "vitest";
import { findSameMeeting, meetingKey, sameMeeting } from "../../../src/domain/same-meeting";
import { pairAccount } from "../../fixtures/pair-accounts";

const firm = pairAccount({ date: "2024-03-04", readoutId: "cn" });

describe("sameMeeting (ADR 013)", () => {
  it("joins accounts of the pair on one day, bound or not", () => {
    expect(sameMeeting(firm, pairAccount({ date: "2024-03-04", readoutId: "vl" }))).toBe(true);
    expect(sameMeeting(firm, pairAccount({ date: "2024-03-04", readoutId: "vl", bound: true }))).toBe(true);
  });

  it("joins a page dated only by its publication day to the pair's meeting of the day before, either way round", () => {
    const dayAfter = pairAccount({ date: "2024-03-05", readoutId: "vl", bound: true });
    expect(sameMeeting(dayAfter, firm)).toBe(true);
    expect(sameMeeting(firm, dayAfter)).toBe(true);
  });

  it("keeps apart another pair, a bound two days later, a bound before the day, and two bounds", () => {
    expect(
      sameMeeting(firm, pairAccount({ date: "2024-03-05", readoutId: "x", bound: true, foreign: "orlan" })),
    ).toBe(false);
    expect(sameMeeting(firm, pairAccount({ date: "2024-03-06", readoutId: "x", bound: true }))).toBe(false);
    expect(sameMeeting(firm, pairAccount({ date: "2024-03-03", readoutId: "x", bound: true }))).toBe(false);
    // A day the text gives is a day: a firm account of the next day is another meeting.
    expect(sameMeeting(firm, pairAccount({ date: "2024-03-05", readoutId: "x" }))).toBe(false);
    expect(
      sameMeeting(
        pairAccount({ date: "2024-03-04", readoutId: "a", bound: true }),
        pairAccount({ date: "2024-03-05", readoutId: "b", bound: true }),
      ),
    ).toBe(false);
  });

  it("finds the same day's meeting before the day before's, and never the account itself", () => {
    const sameDay = pairAccount({ date: "2024-03-05", readoutId: "same" });
    const bound = pairAccount({ date: "2024-03-05", readoutId: "vl", bound: true });
    const filed = new Map([firm, sameDay].map((m) => [meetingKey(m), m]));
    expect(findSameMeeting(bound, filed)).toBe(sameDay);
    filed.set(meetingKey(bound), bound);
    expect(findSameMeeting(bound, filed)).toBe(firm);
    expect(findSameMeeting(firm, filed)).toBe(bound);
    expect(findSameMeeting(bound, new Map([[meetingKey(bound), bound]]))).toBeUndefined();
  });
});
