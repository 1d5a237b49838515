/**
 * `npm run docs:stages`: writes the stage list and the speaker rules into src/pipeline/README.md
 * from the code (STAGES, RULES), so the order is written once. A unit test fails while they differ.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describeSpeakerRules, describeStages, replaceGenerated } from "../src/pipeline/stages";

const FILE = new URL("../src/pipeline/README.md", import.meta.url);
const before = readFileSync(FILE, "utf8");
const after = replaceGenerated(
  replaceGenerated(before, "stages", describeStages()),
  "speaker-rules",
  describeSpeakerRules(),
);
writeFileSync(FILE, after);
console.log(after === before ? "src/pipeline/README.md is up to date" : "src/pipeline/README.md updated");
