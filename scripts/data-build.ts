/**
 * `npm run data:build` writes public/data/dataset.json (and its JSON Schema) from the readouts;
 * `npm run data:check` rebuilds both in memory and fails on any difference from the committed files.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { datasetSchema } from "../src/domain/schema";
import { buildDataset } from "../src/pipeline/build-dataset";
import { DATASET_PATH, loadCorpus, SCHEMA_PATH } from "./lib/corpus";

const check = process.argv.includes("--check");
const result = buildDataset(loadCorpus());
const datasetText = `${JSON.stringify(result.dataset, null, 2)}\n`;
const schemaText = `${JSON.stringify(z.toJSONSchema(datasetSchema, { unrepresentable: "any", io: "output" }), null, 2)}\n`;

for (const warning of result.warnings) console.warn(`warning: ${warning}`);
for (const error of result.errors) console.error(`error: ${error}`);

const summary = `${result.dataset.meetings.length} meetings from ${result.dataset.readouts.length} readouts, ${result.dataset.actors.length} actors, ${result.dataset.topics.length} topics`;
if (check) {
  const stale = [
    [DATASET_PATH, datasetText],
    [SCHEMA_PATH, schemaText],
  ].filter(([path, text]) => !existsSync(path!) || readFileSync(path!, "utf8") !== text);
  if (stale.length > 0 || result.errors.length > 0) {
    for (const [path] of stale)
      console.error(
        `✖ ${path} differs from what the pipeline builds now. Run npm run data:build and commit the result.`,
      );
    if (result.errors.length > 0)
      console.error(`✖ ${result.errors.length} readout(s) could not be used (see above).`);
    process.exit(1);
  }
  console.log(`✔ dataset is up to date: ${summary}`);
} else {
  writeFileSync(DATASET_PATH, datasetText);
  writeFileSync(SCHEMA_PATH, schemaText);
  console.log(`wrote ${DATASET_PATH} and ${SCHEMA_PATH}: ${summary}`);
  if (result.errors.length > 0) {
    console.error(`✖ kept the good readouts; ${result.errors.length} could not be used (see above).`);
    process.exit(1);
  }
}
