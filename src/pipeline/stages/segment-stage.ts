/** Stage segment: the cleaned text's sentences, each with its paragraph and span. */
import { need } from "../context";
import { segment } from "../segment";
import type { Stage } from "./stage";

export const segmentStage: Stage = {
  name: "segment",
  job: "splits paragraphs into sentences (Intl.Segmenter, repaired after abbreviations)",
  run(context) {
    context.sentences = segment(need(context.cleaned, "cleaned", "segment"));
  },
};
