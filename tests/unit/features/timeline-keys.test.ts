import { describe, expect, it } from "vitest";
import { timelineKeyAction } from "../../../src/features/timeline/timeline-keys";
import type { TimelineModel } from "../../../src/features/timeline/timeline-model";

const order = ["m1", "m2", "m3"];
const model: TimelineModel = {
  items: [],
  lanes: [],
  detailMeetings: [],
  order,
  position: new Map(order.map((id, i) => [id, i])),
};

describe("timelineKeyAction", () => {
  it("walks forward with → and ↓, back with ← and ↑, starting from the ends without a cursor", () => {
    const to = (key: string, cursor?: string) => timelineKeyAction(key, model, cursor);
    for (const key of ["ArrowRight", "ArrowDown"]) {
      expect(to(key, "m2")).toEqual({ kind: "move", to: "m3" });
      expect(to(key)).toEqual({ kind: "move", to: "m1" });
    }
    for (const key of ["ArrowLeft", "ArrowUp"]) {
      expect(to(key, "m2")).toEqual({ kind: "move", to: "m1" });
      expect(to(key)).toEqual({ kind: "move", to: "m3" });
    }
    expect([to("Home", "m2"), to("End", "m1")]).toEqual([
      { kind: "move", to: "m1" },
      { kind: "move", to: "m3" },
    ]);
  });

  it("opens with Enter and zooms with + = and -", () => {
    expect(timelineKeyAction("Enter", model, "m1")).toEqual({ kind: "open" });
    expect(timelineKeyAction("+", model, "m1")).toEqual({ kind: "zoom", direction: "in" });
    expect(timelineKeyAction("=", model, "m1")).toEqual({ kind: "zoom", direction: "in" });
    expect(timelineKeyAction("-", model, "m1")).toEqual({ kind: "zoom", direction: "out" });
  });

  it("leaves every other key to the browser", () => {
    expect(timelineKeyAction("Tab", model, "m1")).toBeUndefined();
    expect(timelineKeyAction("a", model, "m1")).toBeUndefined();
  });
});
