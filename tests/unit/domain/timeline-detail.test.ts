import { describe, expect, it } from "vitest";
import {
  bucketOf,
  memoTimelineDetail,
  timelineDetail,
  type DetailMeeting,
} from "../../../src/domain/timeline-detail";

/** `perMonth` meetings on the 10th of every month of 2013–2024 in each of `lanes` lanes. */
function corpus(lanes: string[], perMonth = 1): DetailMeeting[] {
  const meetings: DetailMeeting[] = [];
  for (let year = 2013; year <= 2024; year++)
    for (let month = 1; month <= 12; month++)
      for (const lane of lanes)
        for (let n = 0; n < perMonth; n++)
          meetings.push({
            id: `${lane}-${year}-${month}-${n}`,
            lane,
            day: `${year}-${String(month).padStart(2, "0")}-10`,
          });
  return meetings.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
const all = { first: "2013-01-01", last: "2024-12-31" };

describe("bucketOf", () => {
  it("names years, quarters and months with the days they cover", () => {
    expect(bucketOf("2024-05-16", "year")).toEqual({ key: "2024", start: "2024-01-01", end: "2024-12-31" });
    expect(bucketOf("2024-05-16", "quarter")).toEqual({
      key: "2024-Q2",
      start: "2024-04-01",
      end: "2024-06-30",
    });
    expect(bucketOf("2024-02-16", "month")).toEqual({
      key: "2024-02",
      start: "2024-02-01",
      end: "2024-02-29",
    });
  });
});

describe("timelineDetail", () => {
  it("gives the individual meetings in the window when there are few", () => {
    const detail = timelineDetail(corpus(["russia"]), { first: "2019-01-01", last: "2019-06-30" });
    expect(detail).toEqual({ kind: "meetings", ids: [1, 2, 3, 4, 5, 6].map((m) => `russia-2019-${m}-0`) });
  });

  it("aggregates by the finest unit that stays under the limit, counting every meeting once", () => {
    const meetings = corpus(["russia", "france", "kenya"], 10); // 4,320 meetings
    const detail = timelineDetail(meetings, all, 300);
    expect(detail.kind).toBe("buckets");
    if (detail.kind !== "buckets") return;
    expect(detail.unit).toBe("quarter"); // months would be 432 buckets, quarters 144
    expect(detail.buckets.reduce((n, b) => n + b.count, 0)).toBe(meetings.length);
    expect(detail.buckets.find((b) => b.id === "russia|2019-Q2")).toMatchObject({
      count: 30,
      start: "2019-04-01",
    });
  });

  it("falls back to years, and never exceeds the limit when years fit", () => {
    const detail = timelineDetail(corpus(["a", "b", "c", "d", "e"], 2), all, 100);
    expect(detail).toMatchObject({ kind: "buckets", unit: "year" });
    if (detail.kind === "buckets") expect(detail.buckets).toHaveLength(60);
  });

  it("shows months when zoomed to a few months of a busy corpus", () => {
    const meetings = corpus(["russia"], 200);
    const detail = timelineDetail(meetings, { first: "2020-03-01", last: "2020-05-31" });
    expect(detail).toMatchObject({ kind: "buckets", unit: "month" });
  });
});

describe("memoTimelineDetail", () => {
  it("returns the same object while the window stays within the same buckets", () => {
    const detail = memoTimelineDetail();
    const meetings = corpus(["russia", "france"], 20);
    const a = detail(meetings, all);
    const b = detail(meetings, { first: "2013-01-02", last: "2024-12-30" });
    expect(b).toBe(a);
    expect(detail(meetings, { first: "2019-01-01", last: "2019-01-31" })).not.toBe(a);
  });
});
