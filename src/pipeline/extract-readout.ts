/**
 * Extracts one readout by running the declared stages (src/pipeline/stages.ts) over one context,
 * and returns the readout and its meetings in dataset shape. Throws ExtractionError, with a message
 * that says what to supply, for input it cannot use.
 */
import type { Readout } from "../domain/schema";
import type { IntroducedPerson } from "./actors/types";
import { need, type ExtractedMeeting, type ReadoutContext } from "./context";
import { forgetReadoutMemos } from "./readout-memo";
import { STAGES } from "./stages";
import { HOUSE_STYLES, type HouseStyles } from "./styles/house-styles";
import type { ReadoutInput, StageTimings } from "./types";

export { ExtractionError } from "./stages/stage";
export type { ExtractedMeeting };

export interface ExtractedReadout {
  readout: Readout;
  meetings: ExtractedMeeting[];
  introduced: IntroducedPerson[];
  warnings: string[];
  /** Lines removed as furniture and metadata lifted from them, for the extract summary. */
  removed: string[];
  credits: string[];
}

export interface ExtractOptions {
  timings?: StageTimings;
  /** House styles to clean and guess the publisher with; the bundled publishers.json by default. */
  styles?: HouseStyles;
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

export function extractReadout(input: ReadoutInput, options: ExtractOptions = {}): ExtractedReadout {
  const { timings } = options;
  const context: ReadoutContext = { input, styles: options.styles ?? HOUSE_STYLES, warnings: [] };
  forgetReadoutMemos();
  for (const stage of STAGES) {
    const start = timings ? now() : 0;
    stage.run(context);
    if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + now() - start;
  }
  const cleaned = need(context.cleaned, "cleaned", "extract");
  return {
    readout: need(context.readout, "readout", "extract"),
    meetings: need(context.meetings, "meetings", "extract"),
    introduced: need(context.references, "references", "extract").introduced,
    warnings: context.warnings,
    removed: cleaned.removed,
    credits: cleaned.credits,
  };
}
