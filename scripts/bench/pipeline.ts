/**
 * Pipeline throughput: readouts per second over a generated corpus of 1,000 made-up readouts
 * (median of 5 runs), the time of each stage, and the bundled seed corpus end to end.
 */
import { buildDataset } from "../../src/pipeline/build-dataset";
import type { StageTimings } from "../../src/pipeline/types";
import { loadCorpus } from "../lib/corpus";
import { syntheticCorpus } from "../lib/synthetic-corpus";
import { median, round, RUNS, type BenchSection } from "./section";

export const pipelineSection: BenchSection = {
  name: "pipeline",
  describe: `text → dataset over 1,000 made-up readouts, median of ${RUNS} runs (Node, this machine)`,
  goals: [{ key: "extractReadoutsPerSec", min: 500 }],
  async run() {
    const corpus = syntheticCorpus(1000);
    buildDataset(corpus.slice(0, 50)); // warm up the regex and segmenter caches
    const rates: number[] = [];
    let stages: StageTimings = {};
    for (let run = 0; run < RUNS; run++) {
      const timings: StageTimings = {};
      const start = performance.now();
      const result = buildDataset(corpus, { timings });
      const ms = performance.now() - start;
      if (result.errors.length > 0)
        throw new Error(`${result.errors.length} synthetic readouts failed, e.g. ${result.errors[0]}`);
      rates.push((corpus.length / ms) * 1000);
      stages = timings;
    }
    const seeds = loadCorpus();
    const seedStart = performance.now();
    buildDataset(seeds);
    const seedCorpusMs = performance.now() - seedStart;
    return {
      extractReadoutsPerSec: Math.round(median(rates)),
      // The last run's stages, slowest first: where a speed-up would pay.
      pipelineStageMs: Object.fromEntries(
        Object.entries(stages)
          .sort((a, b) => b[1] - a[1])
          .map(([stage, ms]) => [stage, round(ms)]),
      ),
      seedCorpusMs: round(seedCorpusMs),
    };
  },
};
