import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detailShardSchema, meetingIndexSchema } from "../../../src/domain/index-schema";
import {
  buildDetailIndex,
  buildMeetingIndex,
  isLocalReadout,
  LOCAL_SHARD,
  mergeDatasetFragment,
  yourMeetingIds,
} from "../../../src/domain/meeting-index";
import { parseDataset, parseDetailShard, parseMeetingIndex } from "../../../src/domain/parse-dataset";
import { mergeDatasets } from "../../../src/domain/merge-datasets";
import { joinDataset, splitDataset, summariseMeeting } from "../../../src/domain/split-dataset";
import { libraryArbitrary } from "../../fixtures/library-fragments";
import { syntheticDataset } from "../../fixtures/synthetic-dataset";

const dataset = parseDataset(readFileSync("tests/fixtures/dataset.sample.json", "utf8"));
const split = splitDataset(dataset);

describe("splitDataset", () => {
  it("joins back into exactly the dataset", () => {
    expect(joinDataset(split.index, split.shards)).toEqual(dataset);
    const large = syntheticDataset(300);
    const parts = splitDataset(large);
    expect(joinDataset(parts.index, parts.shards)).toEqual(large);
  });

  it("writes forms the schemas accept, shards by the year of a readout's first meeting", () => {
    expect(meetingIndexSchema.safeParse(split.index).success).toBe(true);
    for (const shard of split.shards) expect(detailShardSchema.safeParse(shard).success).toBe(true);
    expect(split.index.shards).toEqual(["2013", "2021", "2023"]);
    const un = split.index.readouts.find((r) => r.id === "sample-un-2013")!;
    expect(un).not.toHaveProperty("text");
    expect(un.shard).toBe("2013");
  });

  it("keeps statements out of the index and counts them", () => {
    const meeting = split.index.meetings.find((m) => m.id === "2013-06-19-xi-jinping-ban-ki-moon")!;
    expect(meeting).not.toHaveProperty("statements");
    expect(meeting.statementCount).toBe(dataset.meetings.find((m) => m.id === meeting.id)!.statements.length);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(splitDataset(dataset))).toBe(JSON.stringify(split));
  });
});

describe("parsing the load-time forms", () => {
  it("rejects a shard whose statement span does not hold its text, naming the place", () => {
    const shard = structuredClone(split.shards[0]!);
    shard.readouts[0]!.statements[0]!.text = "Not what the readout says.";
    expect(() => parseDetailShard(JSON.stringify(shard), "details/2013.json")).toThrow(
      /details\/2013.json does not match the detail shard schema: readouts.0.statements.0.span/,
    );
  });

  it("rejects an index whose meeting names an unknown readout", () => {
    const index = structuredClone(split.index);
    index.meetings[0]!.readoutIds = ["nowhere"];
    expect(() => parseMeetingIndex(JSON.stringify(index))).toThrow(/unknown readout "nowhere"/);
  });
});

describe("buildDetailIndex", () => {
  const index = buildMeetingIndex(split.index);
  const details = (ids: string[]) =>
    new Map(
      split.shards
        .flatMap((s) => s.readouts)
        .filter((d) => ids.includes(d.readout.id))
        .map((d) => [d.readout.id, d]),
    );

  it("gives full meetings only when all their readouts are loaded", () => {
    const multi = dataset.meetings.find((m) => m.readoutIds.length > 1)!;
    const partial = buildDetailIndex(index, details([multi.readoutIds[0]!]));
    expect(partial.meetings.has(multi.id)).toBe(false);
    expect(partial.readouts.has(multi.readoutIds[0]!)).toBe(true);
    const full = buildDetailIndex(index, details(multi.readoutIds));
    expect(full.meetings.get(multi.id)).toEqual(multi);
  });
});

describe("mergeDatasetFragment", () => {
  it("adds a library's meetings to the index in date order, its readouts in the local shard", () => {
    const library = syntheticDataset(3);
    const merged = mergeDatasetFragment(split.index, [library]);
    expect(merged.file.meetings).toHaveLength(split.index.meetings.length + 3);
    const dates = merged.file.meetings.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(merged.file.shards).toContain(LOCAL_SHARD);
    expect(merged.file.readouts.filter((r) => r.shard === LOCAL_SHARD)).toHaveLength(3);
    expect(merged.details.map((d) => d.readout.id).sort()).toEqual(library.readouts.map((r) => r.id).sort());
    expect(meetingIndexSchema.safeParse(merged.file).success).toBe(true);
    // Exactly the library's meetings carry the "yours" mark.
    expect([...yourMeetingIds(buildMeetingIndex(merged.file))].sort()).toEqual(
      library.meetings.map((m) => m.id).sort(),
    );
    expect(yourMeetingIds(buildMeetingIndex(split.index)).size).toBe(0);
  });

  it("never replaces a meeting already in the index", () => {
    const merged = mergeDatasetFragment(split.index, [dataset]);
    expect(merged.file).toEqual(split.index);
    expect(merged.details).toEqual([]);
  });
});

describe("mergeDatasetFragment and mergeDatasets agree", () => {
  it("a library merged into the index shows exactly the meetings merged into the full dataset", () => {
    fc.assert(
      fc.property(libraryArbitrary, (library) => {
        const full = mergeDatasets(dataset, library);
        const merged = mergeDatasetFragment(split.index, library);
        expect(meetingIndexSchema.safeParse(merged.file).success).toBe(true);
        expect(merged.file.meetings).toEqual(full.meetings.map(summariseMeeting));
        // Bundled details from the shards, library details as handed back: every meeting is whole.
        const details = new Map(
          [...split.shards.flatMap((s) => s.readouts), ...merged.details].map((d) => [d.readout.id, d]),
        );
        const index = buildDetailIndex(buildMeetingIndex(merged.file), details);
        for (const meeting of full.meetings) expect(index.meetings.get(meeting.id)).toEqual(meeting);
        const local = full.readouts.filter((r) => isLocalReadout(buildMeetingIndex(merged.file), r.id));
        expect(local.map((r) => r.id)).toEqual(library.map((f) => f.readouts[0]!.id));
      }),
      { numRuns: 60 },
    );
  });
});
