// `npm run extract -- DIR --json` writes one dataset for the folder, and the app's import takes it:
// each readout becomes a library fragment, and merging them restores the file's meetings.
// The readout written here is made up.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCommand } from "../../../scripts/lib/extract-command";
import { planImport } from "../../../src/domain/export-dataset";
import { mergeDatasets } from "../../../src/domain/merge-datasets";
import { parseDataset } from "../../../src/domain/parse-dataset";

const dir = mkdtempSync(join(tmpdir(), "extract-json-"));
writeFileSync(
  join(dir, "a-call.txt"),
  "On March 4, 2025, Chinese President Xi Jinping held a phone call with Chilean President Anton Velmar.\n\nXi said China values the partnership. Velmar said Chile is ready to do more.\n",
);

describe("npm run extract -- DIR --json", () => {
  it("writes one dataset for the folder that the app imports into an empty atlas", () => {
    const result = extractCommand([dir, "--json"]);
    expect(result.code, result.stderr.join("\n")).toBe(0);
    const file = parseDataset(result.stdout, "corpus.json");
    expect(file.meetings.map((m) => m.id)).toEqual(["2025-03-04-xi-jinping-anton-velmar"]);
    const plan = planImport(file, new Map());
    expect(plan.skipped).toEqual([]);
    const EMPTY = { schemaVersion: 1 as const, actors: [], topics: [], readouts: [], meetings: [] };
    expect(mergeDatasets(EMPTY, plan.fragments).meetings).toEqual(file.meetings);
  });
});
