/**
 * `npm run bench`: pipeline throughput over a generated corpus of 1,000 made-up readouts (goal:
 * ≥ 500 readouts/s on our 2-core machines) plus the time of each stage. Prints figures, exits 0
 * unless the pipeline breaks.
 */
import { buildDataset } from "../src/pipeline/build-dataset";
import type { StageTimings } from "../src/pipeline/types";
import { benchUi } from "./bench-ui";
import { loadCorpus } from "./lib/corpus";
import { syntheticCorpus } from "./lib/synthetic-corpus";

const RUNS = 5;
const corpus = syntheticCorpus(1000);
const chars = corpus.reduce((n, r) => n + r.raw.length, 0);

buildDataset(corpus.slice(0, 50)); // warm up the regex and segmenter caches
const rates: number[] = [];
let stages: StageTimings = {};
for (let run = 0; run < RUNS; run++) {
  const timings: StageTimings = {};
  const start = performance.now();
  const result = buildDataset(corpus, { timings });
  const ms = performance.now() - start;
  if (result.errors.length > 0) {
    console.error(`bench: ${result.errors.length} synthetic readouts failed, e.g. ${result.errors[0]}`);
    process.exit(1);
  }
  rates.push((corpus.length / ms) * 1000);
  stages = timings;
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)]!;
const stageList = Object.entries(stages).sort((a, b) => b[1] - a[1]);
console.log(`pipeline: ${corpus.length} readouts (${(chars / 1024).toFixed(0)} KiB), ${RUNS} runs`);
console.log(
  `  median ${median.toFixed(0)} readouts/s (min ${rates[0]!.toFixed(0)}, max ${rates[rates.length - 1]!.toFixed(0)}); goal ≥ 500/s: ${median >= 500 ? "met" : "NOT met"}`,
);
console.log(
  `  stages (last run): ${stageList.map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(", ")}`,
);
console.log(`  slowest stage: ${stageList[0]?.[0]}`);

const seeds = loadCorpus();
const seedStart = performance.now();
const seedResult = buildDataset(seeds);
console.log(
  `seed corpus: ${seeds.length} readouts → ${seedResult.dataset.meetings.length} meetings in ${(performance.now() - seedStart).toFixed(1)} ms`,
);

await benchUi();
