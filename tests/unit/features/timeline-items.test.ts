import { DataSet } from "vis-data/peer";
import type { Timeline } from "vis-timeline/peer";
import { describe, expect, it } from "vitest";
import { calendarDayToLocalNoon } from "../../../src/domain/calendar-day";
import {
  memoTimelineDetail,
  type TimelineBucket,
  type TimelineDetail,
} from "../../../src/domain/timeline-detail";
import {
  sameItem,
  shownSelection,
  syncVisibleItems,
  type VisGroup,
  type VisItem,
  type VisRuntime,
} from "../../../src/features/timeline/timeline-items";
import type { TimelineItemModel, TimelineModel } from "../../../src/features/timeline/timeline-model";
import { partyTone } from "../../../src/theme/speaker-tones";

const items: TimelineItemModel[] = [
  {
    id: "m1",
    lane: "norland",
    day: "2020-02-10",
    label: "Ana Lorn – Bel Vosk",
    format: "in-person",
    yours: false,
  },
  {
    id: "m2",
    lane: "ostria",
    day: "2020-05-20",
    label: "Ana Lorn – Cai Merro",
    format: "video",
    yours: true,
  },
  {
    id: "m3",
    lane: "norland",
    day: "2020-09-30",
    label: "Ana Lorn – Bel Vosk",
    format: "phone",
    yours: false,
  },
];
const model: TimelineModel = {
  items,
  lanes: [
    { id: "norland", label: "Norland", count: 2 },
    { id: "ostria", label: "Ostria", count: 1 },
  ],
  order: items.map((i) => i.id),
  position: new Map(items.map((item, i) => [item.id, i])),
  detailMeetings: items.map(({ id, lane, day }) => ({ id, lane, day })),
  extent: { first: "2020-02-10", last: "2020-09-30" },
};

function runtimeOf(window: { start: Date; end: Date }, detail: VisRuntime["detail"] = memoTimelineDetail()) {
  const timeline = { getWindow: () => window } as unknown as Timeline;
  return {
    timeline,
    items: new DataSet<VisItem, "id">(),
    groups: new DataSet<VisGroup, "id">(),
    detail,
    window,
  } satisfies VisRuntime & { window: unknown };
}

describe("syncVisibleItems", () => {
  it("puts exactly the window's meetings in as points at local noon, coloured by lane and format", () => {
    const runtime = runtimeOf({ start: new Date(2020, 1, 1), end: new Date(2020, 5, 30) });
    expect(syncVisibleItems(runtime, model)).toBe(2);
    expect(runtime.items.getIds()).toEqual(["m1", "m2"]);
    expect(runtime.items.get("m2")).toMatchObject({
      group: "ostria",
      type: "point",
      start: calendarDayToLocalNoon("2020-05-20"),
      className: `${partyTone("ostria").dot} atlas-format-video`,
      model: items[1],
    });
  });

  it("removes items that left the window and keeps the ones that stay", () => {
    const runtime = runtimeOf({ start: new Date(2020, 1, 1), end: new Date(2020, 5, 30) });
    syncVisibleItems(runtime, model);
    const kept = runtime.items.get("m2");
    runtime.window.start = new Date(2020, 4, 1);
    runtime.window.end = new Date(2020, 11, 31);
    expect(syncVisibleItems(runtime, model)).toBe(2);
    expect([...runtime.items.getIds()].sort()).toEqual(["m2", "m3"]);
    expect(runtime.items.get("m2")).toEqual(kept);
  });

  it("empties the DataSet for a window with no meetings", () => {
    const runtime = runtimeOf({ start: new Date(2020, 1, 1), end: new Date(2020, 11, 31) });
    syncVisibleItems(runtime, model);
    runtime.window.start = new Date(2024, 0, 1);
    runtime.window.end = new Date(2024, 1, 1);
    expect(syncVisibleItems(runtime, model)).toBe(0);
    expect(runtime.items.length).toBe(0);
  });

  it("asks for detail with the window as local calendar days", () => {
    const seen: unknown[] = [];
    const detail = (_: unknown, window: unknown): TimelineDetail => {
      seen.push(window);
      return { kind: "meetings", ids: [] };
    };
    syncVisibleItems(
      runtimeOf({ start: new Date(2020, 0, 5, 23, 30), end: new Date(2020, 10, 9, 0, 15) }, detail),
      model,
    );
    expect(seen).toEqual([{ first: "2020-01-05", last: "2020-11-09" }]);
  });

  it("draws aggregates as ranges shaded by count against the busiest, named by lane label", () => {
    const bucket = (lane: string, key: string, count: number): TimelineBucket => ({
      id: `${lane}|${key}`,
      lane,
      unit: "year",
      key,
      start: `${key}-01-01`,
      end: `${key}-12-31`,
      count,
    });
    const buckets = [
      bucket("norland", "2019", 8),
      bucket("ostria", "2019", 4),
      bucket("elsewhere", "2020", 1),
    ];
    const runtime = runtimeOf({ start: new Date(2019, 0, 1), end: new Date(2020, 11, 31) }, () => ({
      kind: "buckets",
      unit: "year",
      buckets,
    }));
    expect(syncVisibleItems(runtime, model)).toBe(3);
    expect(runtime.items.get("bucket:norland|2019")).toMatchObject({
      group: "norland",
      type: "range",
      start: calendarDayToLocalNoon("2019-01-01"),
      end: calendarDayToLocalNoon("2019-12-31"),
      className: "atlas-bucket atlas-bucket-3",
      bucket: { ...buckets[0], laneLabel: "Norland" },
    });
    expect(runtime.items.get("bucket:ostria|2019")?.className).toBe("atlas-bucket atlas-bucket-2");
    // A lane the model does not name falls back to its id; 1 of 8 is the lightest shade.
    expect(runtime.items.get("bucket:elsewhere|2020")).toMatchObject({
      className: "atlas-bucket atlas-bucket-0",
      bucket: { laneLabel: "elsewhere" },
    });
  });
});

describe("syncVisibleItems when the counts change", () => {
  const year = (lane: string, count: number): TimelineBucket => ({
    id: `${lane}|2019`,
    lane,
    unit: "year",
    key: "2019",
    start: "2019-01-01",
    end: "2019-12-31",
    count,
  });

  it("replaces an aggregate whose count changed at its place, and leaves an unchanged one as it was", () => {
    let buckets = [year("norland", 8), year("ostria", 4)];
    const runtime = runtimeOf({ start: new Date(2019, 0, 1), end: new Date(2019, 11, 31) }, () => ({
      kind: "buckets",
      unit: "year",
      buckets,
    }));
    syncVisibleItems(runtime, model);
    const unchanged = runtime.items.get("bucket:ostria|2019");
    // 8 → 7 keeps the busiest at 7, so ostria keeps its shade (4 of 7 is the same step as 4 of 8).
    buckets = [year("norland", 7), year("ostria", 4)];
    expect(syncVisibleItems(runtime, model)).toBe(2);
    // Parked while it was added, then moved: it ends where its period is, with the new count.
    expect(runtime.items.get("bucket:norland|2019")).toMatchObject({
      start: calendarDayToLocalNoon("2019-01-01"),
      end: calendarDayToLocalNoon("2019-12-31"),
      bucket: { count: 7 },
    });
    expect(runtime.items.get("bucket:ostria|2019")).toEqual(unchanged);
    expect(runtime.items.length).toBe(2);
  });
});

describe("sameItem", () => {
  const point = (over: Partial<TimelineItemModel> = {}): VisItem => ({
    id: "m1",
    group: "norland",
    start: calendarDayToLocalNoon("2020-02-10"),
    type: "point",
    content: "",
    className: "dot",
    model: { ...items[0]!, ...over },
  });

  it("is true for items vis would draw alike and false when a label, format or mark differs", () => {
    expect(sameItem(point(), point())).toBe(true);
    expect(sameItem(point(), point({ label: "Ana Lorn – Someone Else" }))).toBe(false);
    expect(sameItem(point(), point({ format: "phone" }))).toBe(false);
    expect(sameItem(point(), point({ yours: true }))).toBe(false);
    expect(sameItem(point(), { ...point(), start: calendarDayToLocalNoon("2020-02-11") })).toBe(false);
  });
});

describe("shownSelection", () => {
  const held = new Set(["m1", "m2"]);
  const has = (id: string) => held.has(id);

  it("selects the cursor's meeting when the DataSet holds it", () => {
    expect(shownSelection(has, "m1", ["m2"])).toEqual(["m1"]);
  });

  it("selects the compared meetings it holds while the cursor is not drawn as itself", () => {
    expect(shownSelection(has, "m9", ["m2", "m3"])).toEqual(["m2"]);
    expect(shownSelection(has, undefined, ["m1", "m2"])).toEqual(["m1", "m2"]);
    expect(shownSelection(has, undefined, [])).toEqual([]);
  });
});

describe("labels near the right edge", () => {
  it("go left of their dot within one label's width (at most a quarter) of the window's end", () => {
    // 1 Feb – 31 May over 800 px: the last 200 px are the last 30 days, from 1 May.
    const runtime = {
      ...runtimeOf({ start: new Date(2020, 1, 1), end: new Date(2020, 4, 31) }),
      drawWidth: () => 800,
    };
    syncVisibleItems(runtime, model);
    expect(runtime.items.get("m1")?.className).not.toContain("atlas-label-before");
    expect(runtime.items.get("m2")?.className).toContain("atlas-label-before");
  });
});

describe("labels near the right edge, with a neighbour", () => {
  const pairOn = (first: string, second: string): TimelineModel => {
    const close: TimelineItemModel[] = [
      { ...items[0]!, id: "a", day: first },
      { ...items[0]!, id: "b", day: second },
    ];
    return {
      ...model,
      items: close,
      order: ["a", "b"],
      position: new Map([
        ["a", 0],
        ["b", 1],
      ]),
      detailMeetings: close.map(({ id, lane, day }) => ({ id, lane, day })),
    };
  };
  const runtime = () => ({
    ...runtimeOf({ start: new Date(2020, 1, 1), end: new Date(2020, 4, 31) }),
    drawWidth: () => 800,
  });

  it("stay right of their dot when, moved, they would cover the meeting before them on their row", () => {
    // 20 April is left of the edge, and its label ends before 20 May's dot: one row.
    const shown = runtime();
    syncVisibleItems(shown, pairOn("2020-04-20", "2020-05-20"));
    expect(shown.items.get("a")?.className).not.toContain("atlas-label-before");
    expect(shown.items.get("b")?.className).not.toContain("atlas-label-before");
  });

  it("go left when the label's measured width leaves room that the rough guess does not", () => {
    // 10 April's label ends about 566 px in measured at 5 px a letter, 608 px guessed at 7.2; 20 May's
    // dot is at 720 px, so moved, its label starts about 600 px in: clear of the one, not the other.
    const guessed = runtime();
    syncVisibleItems(guessed, pairOn("2020-04-10", "2020-05-20"));
    expect(guessed.items.get("b")?.className).not.toContain("atlas-label-before");
    const measured = { ...runtime(), textWidth: (text: string) => text.length * 5 };
    syncVisibleItems(measured, pairOn("2020-04-10", "2020-05-20"));
    expect(measured.items.get("a")?.className).not.toContain("atlas-label-before");
    expect(measured.items.get("b")?.className).toContain("atlas-label-before");
  });

  it("both go left when the second is stacked below the first, with nothing on its row", () => {
    // 10 May's label covers 20 May's dot, so vis puts 20 May on a row of its own.
    const shown = runtime();
    syncVisibleItems(shown, pairOn("2020-05-10", "2020-05-20"));
    expect(shown.items.get("a")?.className).toContain("atlas-label-before");
    expect(shown.items.get("b")?.className).toContain("atlas-label-before");
  });
});
