/**
 * Worker thread of the formulation bench (scripts/lib/bench-formulations.ts): builds the made-up
 * meetings and mines them here, so the heap the collector walks holds what the app's Web Worker
 * holds (the meetings and the miner's own arrays), not the bench's other sections.
 */
import { parentPort, workerData } from "node:worker_threads";
import { mineFormulations } from "../../src/domain/formulations";
import { syntheticDataset } from "../../tests/fixtures/synthetic-dataset";
import type { Dataset } from "../../src/domain/schema";

const { size, runs } = workerData as { size: number; runs: number };
// Parsed from JSON as the worker gets its shards: flat strings, not the generator's concatenations.
const dataset = JSON.parse(JSON.stringify(syntheticDataset(size, { prose: true }))) as Dataset;
const times: number[] = [];
const cpu: number[] = [];
let phrases = 0;
for (let run = 0; run < runs; run++) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  phrases = mineFormulations(dataset).length;
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
}
let statements = 0;
let words = 0;
for (const meeting of dataset.meetings)
  for (const statement of meeting.statements) {
    if (statement.party === "narrator") continue;
    statements++;
    words += statement.text.split(/\s+/).length;
  }
parentPort!.postMessage({ meetings: dataset.meetings.length, statements, words, times, cpu, phrases });
