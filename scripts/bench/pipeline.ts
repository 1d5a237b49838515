/**
 * Pipeline throughput: readouts per second over a generated corpus of 1,000 made-up readouts
 * (median of 5 runs), the time of each stage, and the bundled seed corpus end to end. The two
 * cores are shared, so the same runs are also counted per second of this process's own CPU time
 * and the load average is printed beside them: a low wall-clock figure under a high load is the
 * machine, not the pipeline.
 */
import { loadavg } from "node:os";
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
    const cpuRates: number[] = [];
    let stages: StageTimings = {};
    for (let run = 0; run < RUNS; run++) {
      const timings: StageTimings = {};
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const result = buildDataset(corpus, { timings });
      const ms = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      cpuRates.push((corpus.length / (cpu.user + cpu.system)) * 1e6);
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
      extractReadoutsPerCpuSec: Math.round(median(cpuRates)),
      loadAverage1m: round(loadavg()[0]!),
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
