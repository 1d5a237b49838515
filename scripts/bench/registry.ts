/**
 * Every section of `npm run bench`, in the order they run. To add figures: write a module in
 * scripts/bench/ exporting a `BenchSection` (section.ts), import it here and add it to the list.
 * Keys must be unique across sections: `--json` merges them into one object.
 */
import { bundleSection } from "./bundle";
import { importBatchSection } from "./import-batch";
import { formulationsSection } from "./formulations";
import { indexSizeSection } from "./index-size";
import { interactionSection } from "./interaction";
import { loadTimesSection } from "./load-times";
import { logicSection } from "./logic";
import { pipelineSection } from "./pipeline";
import type { BenchSection } from "./section";

export const SECTIONS: readonly BenchSection[] = [
  pipelineSection,
  logicSection,
  formulationsSection,
  indexSizeSection,
  bundleSection,
  loadTimesSection,
  interactionSection,
  importBatchSection,
];
