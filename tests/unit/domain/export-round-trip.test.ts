import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportMeetings, planImport } from "../../../src/domain/export-dataset";
import { mergeDatasets } from "../../../src/domain/merge-datasets";
import { parseDataset } from "../../../src/domain/parse-dataset";
import { libraryArbitrary } from "../../fixtures/library-fragments";

const bundled = parseDataset(readFileSync("tests/fixtures/dataset.sample.json", "utf8"));
const EMPTY = { schemaVersion: 1 as const, actors: [], topics: [], readouts: [], meetings: [] };

describe("export → import round trip", () => {
  it.each([
    ["beside the bundled dataset", bundled],
    ["with no bundled data at all", EMPTY],
  ])(
    "re-importing an export into an empty library restores exactly the exported meetings (%s)",
    (_, base) => {
      fc.assert(
        fc.property(libraryArbitrary, fc.func(fc.boolean()), (library, keep) => {
          const view = mergeDatasets(base, library);
          const chosen = view.meetings.filter((m) => keep(m.id));
          // What the user downloads: JSON text, valid against the schema.
          const file = JSON.stringify(exportMeetings(view, chosen));
          const exported = parseDataset(file, "export.json");
          const present = new Map(base.readouts.map((r) => [r.id, r.text]));
          const plan = planImport(exported, present);
          const restored = mergeDatasets(base, plan.fragments);
          for (const meeting of exported.meetings)
            expect(restored.meetings.find((m) => m.id === meeting.id)).toEqual(meeting);
          for (const readout of exported.readouts)
            expect(restored.readouts.find((r) => r.id === readout.id)).toEqual(readout);
        }),
        { numRuns: 150 },
      );
    },
  );

  it("skips readouts already present, and names a different readout under a known id", () => {
    const changed = {
      ...bundled,
      readouts: bundled.readouts.map((r, i) => (i === 0 ? { ...r, text: `${r.text} (edited)` } : r)),
    };
    const present = new Map(bundled.readouts.map((r) => [r.id, r.text]));
    const plan = planImport(changed, present);
    expect(plan.fragments).toEqual([]);
    expect(plan.skipped).toEqual([
      `“${bundled.readouts[0]!.title}”: a different readout with its id is already in the atlas; remove that one first to import this.`,
    ]);
    expect(plan.present).toEqual(bundled.readouts.slice(1).map((r) => `“${r.title}”`));
  });
});
