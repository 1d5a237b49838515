/**
 * Bench figures for the formulation tracker (issue 13): mining the recurring phrases of made-up
 * meetings in a worker thread, as the app mines in a Web Worker (goal: ≤ 200 ms at 10,000
 * meetings). The meetings are `syntheticDataset(n, { prose: true })` from tests/fixtures: seeded,
 * both sides speaking, about 20,000 distinct words in Zipf proportions, names, boilerplate said
 * word for word and made-up official phrases at rates from a quarter of the meetings down to a
 * handful — about 290 words of statements a meeting, fewer than the bundled readouts' 425.
 */
import { Worker } from "node:worker_threads";
import { bundleForWorker } from "./bundle-for-worker";

export interface FormulationFigures {
  meetings: number;
  /** Side statements (narration is not mined) and their words. */
  statements: number;
  words: number;
  /** The first run (a cold start, as the app's one run per dataset) and the median and fastest of all. */
  firstMs: number;
  medianMs: number;
  minMs: number;
  /** Median CPU time of the process during a run (the threads' and the collector's). */
  cpuMs: number;
  phrases: number;
}

interface WorkerReport {
  meetings: number;
  statements: number;
  words: number;
  times: number[];
  cpu: number[];
  phrases: number;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Mines `size` generated meetings `runs` times in a fresh worker thread, with a second thread
 * scanning half of the meetings (as the app does with two cores or more) or alone.
 */
export async function benchFormulations(
  size: number,
  runs: number,
  threads: 1 | 2,
): Promise<FormulationFigures> {
  // Bundled as the app bundles its Web Workers, so the bench times the code that ships.
  const bundled = await bundleForWorker(new URL("./bench-formulations-worker.ts", import.meta.url));
  const helper = await bundleForWorker(new URL("./bench-formulations-helper.ts", import.meta.url));
  const helperFile = threads === 2 ? helper.file : undefined;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bundled.file, { workerData: { size, runs, helperFile } });
    worker.once("exit", () => {
      bundled.remove();
      helper.remove();
    });
    worker.once("message", (report: WorkerReport) => {
      resolve({
        meetings: report.meetings,
        statements: report.statements,
        words: report.words,
        firstMs: report.times[0]!,
        medianMs: median(report.times),
        minMs: Math.min(...report.times),
        cpuMs: median(report.cpu),
        phrases: report.phrases,
      });
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}
