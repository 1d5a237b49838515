import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../../src/domain/dataset-index";
import { ownReadouts } from "../../../src/domain/library";
import { formatBytes, librarySummary, storageText } from "../../../src/domain/library-summary";
import { entryOf, fragmentArbitrary } from "../../fixtures/library-fragments";

const fragment = (id: string, seed: number) => fc.sample(fragmentArbitrary(id), { numRuns: 1, seed })[0]!;

describe("librarySummary", () => {
  it("lists each stored readout newest first with the meetings it gave, and totals them", () => {
    const a = entryOf(fragment("yours-a", 1), "2026-01-01T00:00:00.000Z");
    const b = entryOf(fragment("yours-b", 2), "2026-01-02T00:00:00.000Z");
    const names = buildDatasetIndex(a.dataset);
    const summary = librarySummary([a, b], {
      ...names,
      actors: new Map([...names.actors, ...buildDatasetIndex(b.dataset).actors]),
    });
    expect(summary.rows.map((r) => r.id)).toEqual(["yours-b", "yours-a"]);
    expect(summary.readouts).toBe(2);
    const statements = [a, b].flatMap((e) => e.dataset.meetings.flatMap((m) => m.statements)).length;
    expect(summary.statements).toBe(statements);
    const ids = new Set([a, b].flatMap((e) => e.dataset.meetings.map((m) => m.id)));
    expect(summary.meetings).toBe(ids.size);
    const row = summary.rows[1]!;
    expect(row.title).toBe("Made-up readout yours-a");
    expect(row.meetings).toHaveLength(a.dataset.meetings.length);
    expect(row.meetings[0]!.title).toMatch(/ – /);
  });

  it("an empty library has no rows and zero counts", () => {
    expect(librarySummary([], { actors: new Map(), topics: new Map() })).toEqual({
      rows: [],
      readouts: 0,
      meetings: 0,
      statements: 0,
    });
  });
});

describe("storage figures", () => {
  it("writes bytes for people, and 'unknown' when the browser does not say", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(25 * 1024 * 1024)).toBe("25 MB");
    expect(storageText(undefined)).toBe("unknown");
    expect(storageText({})).toBe("unknown");
    expect(storageText({ usedBytes: 2048, quotaBytes: 1024 ** 3 })).toBe(
      "2.0 KB of 1.0 GB available to this site",
    );
  });
});

describe("ownReadouts", () => {
  it("names each library readout with the notes of the readout facts the user supplied", () => {
    const entry = {
      ...entryOf(fragment("yours-a", 1)),
      curated: [
        { field: "publisher" as const, value: "Made-up Office", note: "on the page" },
        { field: "date" as const, target: "m", value: "2020-01-01", note: "a meeting fact, not a readout's" },
      ],
    };
    expect(ownReadouts([entry]).get("yours-a")).toEqual({ publisher: "on the page" });
  });
});
