import { describe, expect, it } from "vitest";
import { calendarDayToLocalNoon } from "../../../src/domain/calendar-day";
import type { TimelineItemModel, TimelineModel } from "../../../src/features/timeline/timeline-model";
import { boundsOf, DAY_MS, zoomCentre, zoomedWindow } from "../../../src/features/timeline/timeline-window";

function modelOf(days: string[]): TimelineModel {
  const items: TimelineItemModel[] = days.map((day, i) => ({
    id: `m${i}`,
    lane: "lane-a",
    day,
    label: "Ana Lorn – Bel Vosk",
    format: "in-person",
    yours: false,
  }));
  return {
    items,
    lanes: [{ id: "lane-a", label: "Lane A", count: items.length }],
    order: items.map((item) => item.id),
    position: new Map(items.map((item, i) => [item.id, i])),
    detailMeetings: [],
    extent: days.length ? { first: days[0]!, last: days.at(-1)! } : undefined,
  };
}

const noon = (day: string) => calendarDayToLocalNoon(day).getTime();

describe("boundsOf", () => {
  it("has no bounds when there is nothing to show", () => {
    expect(boundsOf(modelOf([]), 800)).toBeUndefined();
  });

  it("fits the first and last meetings with a margin of 2% of their span on a wide screen", () => {
    const days = ["2020-06-15", "2022-06-15"];
    const span = noon(days[1]!) - noon(days[0]!);
    const bounds = boundsOf(modelOf(days), 1250)!;
    expect(noon(days[0]!) - bounds.min.getTime()).toBeCloseTo(span * 0.02, -3);
    expect(bounds.max.getTime() - noon(days[1]!)).toBeCloseTo(span * 0.02, -3);
  });

  it("keeps 10 px at either edge on a narrow screen, so the first and last dots are whole", () => {
    const days = ["2013-06-19", "2024-05-16"];
    const bounds = boundsOf(modelOf(days), 240)!;
    const window = bounds.max.getTime() - bounds.min.getTime();
    const px = (ms: number) => (ms / window) * 240;
    expect(px(noon(days[0]!) - bounds.min.getTime())).toBeCloseTo(10, 5);
    expect(px(bounds.max.getTime() - noon(days[1]!))).toBeCloseTo(10, 5);
  });

  it("never reaches a year past the last meeting (no 2026 axis for data ending in 2024)", () => {
    const bounds = boundsOf(modelOf(["2013-06-19", "2024-05-16"]), 1250)!;
    expect(bounds.max.getFullYear()).toBe(2024);
    expect(bounds.min.getFullYear()).toBe(2013);
  });

  it("centres a single day in a window a month wide", () => {
    const bounds = boundsOf(modelOf(["2021-05-05"]), 800)!;
    expect(bounds.max.getTime() - bounds.min.getTime()).toBe(30 * DAY_MS);
    expect((bounds.max.getTime() + bounds.min.getTime()) / 2).toBe(noon("2021-05-05"));
  });
});

describe("zoomCentre", () => {
  const model = modelOf(["2020-02-01", "2020-03-01", "2020-04-01", "2020-05-01", "2020-09-01"]);
  const start = new Date(2020, 1, 15);
  const end = new Date(2020, 5, 1);

  it("zooms about the given day when it is in the window", () => {
    expect(zoomCentre(model, start, end, "2020-04-20")).toBe(noon("2020-04-20"));
  });

  it.each([
    ["is outside the window", "2020-12-25"],
    ["is not given", undefined],
  ])("uses the middle visible meeting when the day %s", (_, day) => {
    // Visible: 03-01, 04-01, 05-01 (02-01 and 09-01 are outside).
    expect(zoomCentre(model, start, end, day)).toBe(noon("2020-04-01"));
  });

  it("picks the later of the two middle meetings when an even number are visible", () => {
    expect(zoomCentre(model, new Date(2020, 0, 1), new Date(2020, 5, 1))).toBe(noon("2020-04-01"));
  });

  it("uses the window's centre when no meeting is visible", () => {
    const emptyStart = new Date(2021, 0, 1);
    const emptyEnd = new Date(2021, 0, 11);
    expect(zoomCentre(model, emptyStart, emptyEnd)).toBe((emptyStart.getTime() + emptyEnd.getTime()) / 2);
    expect(zoomCentre(modelOf([]), emptyStart, emptyEnd)).toBe(
      (emptyStart.getTime() + emptyEnd.getTime()) / 2,
    );
  });
});

describe("zoomedWindow", () => {
  const window = { start: 0, end: 100 * DAY_MS };

  it("halves or doubles the span about the centre", () => {
    expect(zoomedWindow(window, 30 * DAY_MS, 0.5)).toEqual({ start: 5 * DAY_MS, end: 55 * DAY_MS });
    expect(zoomedWindow(window, 50 * DAY_MS, 2)).toEqual({ start: -50 * DAY_MS, end: 150 * DAY_MS });
  });

  it("never gets narrower than the smallest span", () => {
    const narrow = { start: 0, end: 1.5 * DAY_MS };
    const zoomed = zoomedWindow(narrow, DAY_MS, 0.5);
    expect(zoomed.end - zoomed.start).toBe(DAY_MS);
  });

  it("stays inside the limits by shifting, so the centre stays in view", () => {
    const limits = { min: 0, max: 120 * DAY_MS };
    const zoomed = zoomedWindow(window, 110 * DAY_MS, 0.5, limits);
    expect(zoomed).toEqual({ start: 70 * DAY_MS, end: 120 * DAY_MS });
    expect(zoomedWindow(window, 60 * DAY_MS, 4, limits)).toEqual({ start: 0, end: 120 * DAY_MS });
  });
});
