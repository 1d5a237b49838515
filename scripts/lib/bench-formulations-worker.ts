/**
 * Worker thread of the formulation bench (scripts/lib/bench-formulations.ts): builds the made-up
 * meetings and mines them here, so the heap the collector walks holds what the app's Web Worker
 * holds (the meetings and the miner's own arrays), not the bench's other sections. With a helper
 * file it mines as the app does on a machine of two cores or more: this thread and the helper
 * thread (bench-formulations-helper.ts, started before the runs as the app starts its helper
 * while the shards load) each scan half of the meetings. A run is timed from the dataset here to
 * the phrases here, sending the texts and receiving the helper's part included.
 */
import { parentPort, Worker, workerData } from "node:worker_threads";
import type { StreamPart } from "../../src/domain/formulation-stream";
import { mineFormulations, mineFormulationsInTwo, type PartRequest } from "../../src/domain/formulations";
import { syntheticDataset } from "../../tests/fixtures/synthetic-dataset";
import type { Dataset } from "../../src/domain/schema";

const { size, runs, helperFile } = workerData as { size: number; runs: number; helperFile?: string };
// Parsed from JSON as the worker gets its shards: flat strings, not the generator's concatenations.
const dataset = JSON.parse(JSON.stringify(syntheticDataset(size, { prose: true }))) as Dataset;

const helper = helperFile === undefined ? undefined : new Worker(helperFile);
const scanElsewhere = (request: PartRequest) =>
  new Promise<StreamPart>((resolve, reject) => {
    helper!.once("message", resolve);
    helper!.once("error", reject);
    helper!.postMessage(request, [request.meetings.buffer]);
  });
const mine = () => (helper ? mineFormulationsInTwo(dataset, scanElsewhere) : mineFormulations(dataset));

const times: number[] = [];
const cpu: number[] = [];
let phrases = 0;
for (let run = 0; run < runs; run++) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  phrases = (await mine()).length;
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
}
await helper?.terminate();
let statements = 0;
let words = 0;
for (const meeting of dataset.meetings)
  for (const statement of meeting.statements) {
    if (statement.party === "narrator") continue;
    statements++;
    words += statement.text.split(/\s+/).length;
  }
parentPort!.postMessage({ meetings: dataset.meetings.length, statements, words, times, cpu, phrases });
