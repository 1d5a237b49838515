/**
 * `npm run data:build` writes every form of the dataset from the readouts: public/data/dataset.json
 * (the full contract) with its JSON Schema, and the load-time forms the app reads (ADR 005): the
 * compact meeting index (data/index.json) and one detail shard per year (data/details/YYYY.json),
 * each with its JSON Schema. `npm run data:check` rebuilds all of them in memory, fails on any
 * difference from the committed files (a stale or extra shard included), and checks that the
 * index and shards join back into exactly the dataset.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { detailShardSchema, meetingIndexSchema } from "../src/domain/index-schema";
import { datasetSchema } from "../src/domain/schema";
import { joinDataset, splitDataset } from "../src/domain/split-dataset";
import { buildDataset } from "../src/pipeline/build-dataset";
import { DATASET_PATH, DATA_DIR, DETAILS_DIR, INDEX_PATH, loadCorpus, SCHEMA_PATH } from "./lib/corpus";

const check = process.argv.includes("--check");
const result = buildDataset(loadCorpus());
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const jsonSchema = (schema: z.ZodType) =>
  pretty(z.toJSONSchema(schema, { unrepresentable: "any", io: "output" }));

const split = splitDataset(result.dataset);
// Validate the load-time forms with the schemas the app parses them with, and prove they lose nothing.
meetingIndexSchema.parse(split.index);
for (const shard of split.shards) detailShardSchema.parse(shard);
const joinedBack = isDeepStrictEqual(joinDataset(split.index, split.shards), result.dataset);

// The index and shards are compact (one line): the app downloads them; dataset.json stays readable.
const files = new Map<string, string>([
  [DATASET_PATH, pretty(result.dataset)],
  [SCHEMA_PATH, jsonSchema(datasetSchema)],
  [INDEX_PATH, `${JSON.stringify(split.index)}\n`],
  [join(DATA_DIR, "index.schema.json"), jsonSchema(meetingIndexSchema)],
  [join(DATA_DIR, "details.schema.json"), jsonSchema(detailShardSchema)],
  ...split.shards.map(
    (shard) => [join(DETAILS_DIR, `${shard.shard}.json`), `${JSON.stringify(shard)}\n`] as const,
  ),
]);
const extraShards = (existsSync(DETAILS_DIR) ? readdirSync(DETAILS_DIR) : [])
  .map((name) => join(DETAILS_DIR, name))
  .filter((path) => !files.has(path));

for (const warning of result.warnings) console.warn(`warning: ${warning}`);
for (const error of result.errors) console.error(`error: ${error}`);

const summary = `${result.dataset.meetings.length} meetings from ${result.dataset.readouts.length} readouts (${split.shards.length} detail shards), ${result.dataset.actors.length} actors, ${result.dataset.topics.length} topics`;
if (!joinedBack) {
  console.error(
    "✖ the meeting index and detail shards do not join back into the dataset (a bug in splitDataset).",
  );
  process.exit(1);
}
if (check) {
  const stale = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, "utf8") !== text);
  if (stale.length > 0 || extraShards.length > 0 || result.errors.length > 0) {
    for (const [path] of stale)
      console.error(
        `✖ ${path} differs from what the pipeline builds now. Run npm run data:build and commit the result.`,
      );
    for (const path of extraShards)
      console.error(`✖ ${path} is not built from any readout. Run npm run data:build and commit the result.`);
    if (result.errors.length > 0)
      console.error(`✖ ${result.errors.length} readout(s) could not be used (see above).`);
    process.exit(1);
  }
  console.log(`✔ dataset, meeting index and detail shards are up to date: ${summary}`);
} else {
  mkdirSync(DETAILS_DIR, { recursive: true });
  for (const path of extraShards) rmSync(path);
  for (const [path, text] of files) writeFileSync(path, text);
  console.log(`wrote ${[...files.keys()].join(", ")}: ${summary}`);
  if (result.errors.length > 0) {
    console.error(`✖ kept the good readouts; ${result.errors.length} could not be used (see above).`);
    process.exit(1);
  }
}
