import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../../src/domain/dataset-index";
import { parseDataset } from "../../../src/domain/parse-dataset";
import { laneColourName } from "../../../src/features/timeline/legend-lanes";
import { buildTimelineModel, stepSelection } from "../../../src/features/timeline/timeline-model";

const dataset = parseDataset(readFileSync("tests/fixtures/dataset.sample.json", "utf8"));
const index = buildDatasetIndex(dataset);

describe("buildTimelineModel", () => {
  it("makes one item per meeting labelled with both principals, Chinese side first", () => {
    const model = buildTimelineModel(dataset.meetings, index);
    expect(model.items).toHaveLength(dataset.meetings.length);
    expect(model.items.find((i) => i.id === "2021-03-03-xi-jinping-vladimir-putin")).toMatchObject({
      lane: "russia",
      day: "2021-03-03",
      label: "Xi Jinping – Vladimir Putin",
      format: "video",
    });
  });

  it("marks the meetings from the user's library as yours, and no others", () => {
    const yours = new Set(["2021-03-03-xi-jinping-vladimir-putin"]);
    const model = buildTimelineModel(dataset.meetings, index, undefined, yours);
    expect(model.items.filter((i) => i.yours).map((i) => i.id)).toEqual([...yours]);
    expect(buildTimelineModel(dataset.meetings, index).items.some((i) => i.yours)).toBe(false);
  });

  it("makes one lane per counterpart with its name and count, busiest first", () => {
    const model = buildTimelineModel(dataset.meetings, index);
    expect(model.lanes).toMatchObject([
      { id: "russia", label: "Russia", count: 2 },
      { id: "united-nations", label: "United Nations", count: 1 },
    ]);
  });

  it("orders meetings by date even when given out of order, and reports the extent", () => {
    const model = buildTimelineModel([...dataset.meetings].reverse(), index);
    expect(model.order).toEqual([
      "2013-06-19-xi-jinping-ban-ki-moon",
      "2021-03-03-xi-jinping-vladimir-putin",
      "2023-06-05-xi-jinping-vladimir-putin",
    ]);
    expect(model.extent).toEqual({ first: "2013-06-19", last: "2023-06-05" });
  });

  it("shows only the meetings it is given (filters pass a subset)", () => {
    const model = buildTimelineModel(dataset.meetings.slice(0, 1), index);
    expect(model.lanes).toMatchObject([{ id: "united-nations", label: "United Nations", count: 1 }]);
    expect(buildTimelineModel([], index).extent).toBeUndefined();
  });
});

describe("stepSelection", () => {
  const model = buildTimelineModel(dataset.meetings, index);
  it("moves to the next and previous meeting in time and stops at the ends", () => {
    expect(stepSelection(model, "2013-06-19-xi-jinping-ban-ki-moon", 1)).toBe(
      "2021-03-03-xi-jinping-vladimir-putin",
    );
    expect(stepSelection(model, "2021-03-03-xi-jinping-vladimir-putin", -1)).toBe(
      "2013-06-19-xi-jinping-ban-ki-moon",
    );
    expect(stepSelection(model, "2013-06-19-xi-jinping-ban-ki-moon", -1)).toBe(
      "2013-06-19-xi-jinping-ban-ki-moon",
    );
    expect(stepSelection(model, "2023-06-05-xi-jinping-vladimir-putin", 1)).toBe(
      "2023-06-05-xi-jinping-vladimir-putin",
    );
  });
  it("starts at the first (forward) or last (backward) meeting when nothing is selected", () => {
    expect(stepSelection(model, undefined, 1)).toBe("2013-06-19-xi-jinping-ban-ki-moon");
    expect(stepSelection(model, "gone-id", -1)).toBe("2023-06-05-xi-jinping-vladimir-putin");
    expect(stepSelection(buildTimelineModel([], index), undefined, 1)).toBeUndefined();
  });
});

describe("lane colours", () => {
  // Finland and Norway hash to Russia's blue: each lane must still have its own colour and word.
  const lanes = ["russia", "finland", "norway", "united-nations"];
  const meetings = lanes.map((counterpart, i) => ({
    ...dataset.meetings[i % dataset.meetings.length]!,
    counterpart,
  }));
  const colourOf = (lane: { id: string; tone?: { name: string } }) =>
    lane.tone?.name ?? laneColourName(lane.id);

  it("gives every lane a distinct colour", () => {
    const model = buildTimelineModel(meetings, index);
    expect(new Set(model.lanes.map(colourOf)).size).toBe(lanes.length);
    expect(model.lanes.find((lane) => lane.id === "russia")?.tone?.name).toBe("blue");
  });

  it("keeps a lane's colour when a filter hides the others (colours follow the index's lane order)", () => {
    const ranks = new Map(lanes.map((lane, i) => [lane, i]));
    const all = buildTimelineModel(meetings, index, ranks);
    const norway = buildTimelineModel(meetings.slice(2, 3), index, ranks);
    expect(norway.lanes[0]?.tone).toEqual(all.lanes.find((lane) => lane.id === "norway")?.tone);
  });
});
