import { describe, expect, it } from "vitest";
import {
  DatasetError,
  droppedNotices,
  salvageDetailShard,
  salvageMeetingIndex,
} from "../../../src/domain/parse-dataset";
import type { Dataset } from "../../../src/domain/schema";
import { splitDataset } from "../../../src/domain/split-dataset";
import sample from "../../fixtures/dataset.sample.json";

const { index, shards } = splitDataset(sample as Dataset);
const UN = "2013-06-19-xi-jinping-ban-ki-moon";
const shard2023 = shards.find((s) => s.shard === "2023")!;

describe("salvageMeetingIndex", () => {
  it("reads a sound index without dropping anything", () => {
    const file = salvageMeetingIndex(JSON.stringify(index));
    expect(file.meetings).toHaveLength(3);
    expect(file.dropped).toBeUndefined();
  });

  it("leaves out only the meeting that names an unknown actor, and says which and why", () => {
    const meetings = index.meetings.map((m) =>
      m.id === UN ? { ...m, sides: [m.sides[0]!, { ...m.sides[1]!, principal: "nobody-known" }] } : m,
    );
    const file = salvageMeetingIndex(JSON.stringify({ ...index, meetings }));
    expect(file.meetings.map((m) => m.id)).not.toContain(UN);
    expect(file.meetings).toHaveLength(2);
    expect(file.dropped).toEqual([`Left out meeting "${UN}": unknown actor "nobody-known".`]);
  });

  it("leaves out a malformed meeting and a readout of an unlisted shard, with the meetings it served", () => {
    const readouts = index.readouts.map((r) => (r.id === "sample-ru-2021" ? { ...r, shard: "1999" } : r));
    const meetings = index.meetings.map((m) => (m.id === UN ? { ...m, date: "someday" } : m));
    const file = salvageMeetingIndex(JSON.stringify({ ...index, readouts, meetings }));
    expect(file.meetings.map((m) => m.id)).toEqual(["2023-06-05-xi-jinping-vladimir-putin"]);
    expect(file.dropped).toEqual([
      'Left out readout "sample-ru-2021": its shard "1999" is not listed.',
      expect.stringMatching(new RegExp(`^Left out meeting "${UN}": date: expected a calendar day`)),
      'Left out meeting "2021-03-03-xi-jinping-vladimir-putin": unknown readout "sample-ru-2021".',
    ]);
  });

  it.each([
    ["truncated JSON", JSON.stringify(index).slice(0, 200), /is not valid JSON/],
    ["another schema version", JSON.stringify({ ...index, schemaVersion: 3 }), /has schemaVersion 3/],
    ["something that is no index", "[1, 2]", /does not match the meeting index schema/],
    ["an index without meetings", JSON.stringify({ ...index, meetings: undefined }), /meetings/],
  ])("still refuses %s as a whole, naming the problem", (_label, body, message) => {
    expect(() => salvageMeetingIndex(body, "index.json")).toThrow(DatasetError);
    expect(() => salvageMeetingIndex(body, "index.json")).toThrow(message);
  });
});

describe("salvageDetailShard", () => {
  it("leaves out a statement whose span does not hold its text, keeping the readout and the rest", () => {
    const [first, ...others] = shard2023.readouts;
    const bad = { ...first!.statements[0]!, span: [0, 3] };
    const body = JSON.stringify({
      ...shard2023,
      readouts: [{ ...first!, statements: [bad, ...first!.statements.slice(1)] }, ...others],
    });
    const file = salvageDetailShard(body, "details/2023.json");
    expect(file.readouts).toHaveLength(shard2023.readouts.length);
    expect(file.readouts[0]!.statements).toHaveLength(first!.statements.length - 1);
    expect(file.dropped).toEqual([
      `Left out statement "${bad.id}": its span [0, 3] does not hold its text in readout "${first!.readout.id}".`,
    ]);
  });

  it("leaves out a readout that is not one, keeping the others", () => {
    const body = JSON.stringify({
      ...shard2023,
      readouts: [{ readout: { id: "broken" }, statements: [] }, ...shard2023.readouts.slice(1)],
    });
    const file = salvageDetailShard(body);
    expect(file.readouts.map((d) => d.readout.id)).toEqual(
      shard2023.readouts.slice(1).map((d) => d.readout.id),
    );
    expect(file.dropped?.[0]).toMatch(/^Left out readout "broken": /);
  });

  it("refuses a truncated shard as a whole", () => {
    expect(() => salvageDetailShard(JSON.stringify(shard2023).slice(0, 100), "details/2023.json")).toThrow(
      /details\/2023.json is not valid JSON/,
    );
  });
});

describe("droppedNotices", () => {
  it("says how many records were left out and lists at most five", () => {
    const dropped = Array.from({ length: 7 }, (_, i) => `Left out meeting "m${i}".`);
    expect(droppedNotices(dropped)).toEqual([
      "7 damaged records were left out of the data; everything else is shown.",
      ...dropped.slice(0, 5),
      "…and 2 more.",
    ]);
    expect(droppedNotices(undefined)).toEqual([]);
  });
});
