/**
 * Formulation mining (issue 13): the time to find the recurring phrases of 10,000 meetings, which
 * the app does once per dataset in a worker (goal ≤ 200 ms). What the corpus is, and why the
 * copies it needs are a harsh case, is said in scripts/lib/bench-formulations.ts.
 */
import { buildDataset } from "../../src/pipeline/build-dataset";
import { benchFormulations } from "../lib/bench-formulations";
import { syntheticCorpus } from "../lib/synthetic-corpus";
import { round, RUNS, type BenchSection } from "./section";

export const formulationsSection: BenchSection = {
  name: "formulations",
  describe: `mining recurring phrases, median of ${RUNS} runs (Node, this machine): 10k = the pipeline's 1,000 made-up meetings ×10 under new ids (every phrase recurs: a harsh case); 1k = those 1,000 distinct meetings`,
  goals: [{ key: "formulations10k.medianMs", max: 200 }],
  async run({ log }) {
    const { dataset, errors } = buildDataset(syntheticCorpus(1000));
    if (errors.length > 0) throw new Error(`${errors.length} synthetic readouts failed, e.g. ${errors[0]}`);
    const figures = benchFormulations(dataset);
    log(
      `formulations: ${figures.scaled.meetings} meetings (${figures.scaled.statements} statements): median ${round(figures.scaled.medianMs)} ms, ${figures.scaled.phrases} phrases`,
    );
    const shown = (f: typeof figures.scaled) => ({
      meetings: f.meetings,
      statements: f.statements,
      medianMs: round(f.medianMs),
      minMs: round(f.minMs),
      cpuMs: round(f.cpuMs),
      phrases: f.phrases,
    });
    return { formulations10k: shown(figures.scaled), formulations1k: shown(figures.distinct) };
  },
};
