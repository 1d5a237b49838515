import { describe, expect, it } from "vitest";
import { itemStandingFor, scrollDelta } from "../../../src/features/timeline/timeline-reveal";

describe("itemStandingFor", () => {
  const meeting = { id: "2020-05-20-m1", lane: "norland", day: "2020-05-20" };

  it("is the meeting itself when the DataSet holds it", () => {
    const held = new Set([meeting.id, "bucket:norland|2020-05"]);
    expect(itemStandingFor((id) => held.has(id), meeting)).toBe(meeting.id);
  });

  it.each([
    ["month", "bucket:norland|2020-05"],
    ["quarter", "bucket:norland|2020-Q2"],
    ["year", "bucket:norland|2020"],
  ])("is the %s aggregate of its own lane that counts it", (_, bucket) => {
    const held = new Set([bucket, "bucket:ostria|2020-05"]);
    expect(itemStandingFor((id) => held.has(id), meeting)).toBe(bucket);
  });

  it("is nothing when neither it nor its lane's aggregates are held (the window is elsewhere)", () => {
    const held = new Set(["bucket:ostria|2020", "bucket:norland|2019"]);
    expect(itemStandingFor((id) => held.has(id), meeting)).toBeUndefined();
  });
});

describe("scrollDelta", () => {
  const view = { top: 100, bottom: 400 };

  it("does not scroll what is already inside", () => {
    expect(scrollDelta({ top: 100, bottom: 400 }, view)).toBe(0);
    expect(scrollDelta({ top: 200, bottom: 230 }, view)).toBe(0);
  });

  it("brings something above the view to its top, with a margin", () => {
    expect(scrollDelta({ top: 40, bottom: 70 }, view)).toBe(-68);
  });

  it("brings something below the view up until its bottom shows", () => {
    expect(scrollDelta({ top: 500, bottom: 530 }, view)).toBe(138);
  });

  it("shows the top of something taller than the view rather than its bottom", () => {
    expect(scrollDelta({ top: 380, bottom: 900 }, view)).toBe(272);
    expect(scrollDelta({ top: 50, bottom: 900 }, view)).toBe(-58);
  });
});
