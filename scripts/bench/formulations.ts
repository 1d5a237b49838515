/**
 * Formulation mining (issue 13): the time to find the recurring phrases of 10,000 meetings, which
 * the app does once per dataset in a Web Worker (goal ≤ 200 ms). Measured in a Node worker thread
 * on seeded made-up meetings; what they are like is said in scripts/lib/bench-formulations.ts.
 */
import { benchFormulations, type FormulationFigures } from "../lib/bench-formulations";
import { round, RUNS, type BenchSection } from "./section";

export const formulationsSection: BenchSection = {
  name: "formulations",
  describe: `mining recurring phrases in a worker thread with a second one scanning half of the meetings, as the app does with two cores or more (Node, this machine: wall time of both threads), median of ${RUNS} runs and the first (cold) one; oneThread10k: the worker alone; syntheticDataset(n, { prose: true }), about 290 words of statements a meeting, 20,000 distinct words`,
  goals: [{ key: "formulations10k.medianMs", max: 200 }],
  async run({ log }) {
    const shown = (f: FormulationFigures) => ({
      meetings: f.meetings,
      statements: f.statements,
      words: f.words,
      firstMs: round(f.firstMs),
      medianMs: round(f.medianMs),
      minMs: round(f.minMs),
      cpuMs: round(f.cpuMs),
      phrases: f.phrases,
    });
    const large = await benchFormulations(10_000, RUNS, 2);
    log(
      `formulations: ${large.meetings} meetings (${large.words} words), 2 threads: median ${round(large.medianMs)} ms, ${large.phrases} phrases`,
    );
    const alone = await benchFormulations(10_000, RUNS, 1);
    if (alone.phrases !== large.phrases) throw new Error("one thread and two mined different phrases");
    const small = await benchFormulations(1_000, RUNS, 2);
    return { formulations10k: shown(large), oneThread10k: shown(alone), formulations1k: shown(small) };
  },
};
