/**
 * Bench figures for the formulation tracker (issue 13): mining the recurring phrases of meetings
 * built by the pipeline from the synthetic corpus (goal: ≤ 200 ms at 10,000 meetings, the budget
 * for the worker it runs in). The pipeline builds 1,000 distinct meetings; to reach 10,000 they are
 * repeated under new ids. So the text per meeting is what the pipeline writes, the count is what
 * the goal names, and the copies are a harsh case, not a kind one: every phrase of a meeting
 * recurs in at least ten meetings, so far more n-grams survive each length than in distinct texts.
 * The 1,000 distinct meetings are measured too, for comparison.
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

export interface FormulationFigures {
  meetings: number;
  statements: number;
  /** Median wall time of the runs, and median CPU time (on a shared machine the wall time waits for a core). */
  medianMs: number;
  minMs: number;
  cpuMs: number;
  phrases: number;
}

function measure(dataset: Pick<Dataset, "meetings" | "actors">): FormulationFigures {
  const times: number[] = [];
  const cpu: number[] = [];
  let phrases = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    phrases = mineFormulations(dataset).length;
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    meetings: dataset.meetings.length,
    statements: dataset.meetings.reduce((n, m) => n + m.statements.length, 0),
    medianMs: times[Math.floor(times.length / 2)]!,
    minMs: times[0]!,
    cpuMs: cpu[Math.floor(cpu.length / 2)]!,
    phrases,
  };
}

/** Mining at `size` meetings (copies of the built ones) and at the built meetings themselves. */
export function benchFormulations(
  built: Dataset,
  size = 10_000,
): { scaled: FormulationFigures; distinct: FormulationFigures } {
  mineFormulations(scaled(built, 500)); // warm up
  return { scaled: measure(scaled(built, size)), distinct: measure(built) };
}
