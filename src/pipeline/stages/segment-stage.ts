/** Stage segment: the cleaned text's sentences, each with its paragraph and span. */
import { need } from "../context";
import { withoutRepeats } from "../repeated-sentences";
import { segment } from "../segment";
import type { Stage } from "./stage";

export const segmentStage: Stage = {
  name: "segment",
  job: "splits paragraphs into sentences (Intl.Segmenter, repaired after abbreviations); a sentence the page repeats word for word is kept once",
  run(context) {
    context.sentences = withoutRepeats(segment(need(context.cleaned, "cleaned", "segment")));
  },
};
