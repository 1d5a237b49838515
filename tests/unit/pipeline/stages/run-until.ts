import type { ReadoutContext } from "../../../../src/pipeline/context";
import { STAGES } from "../../../../src/pipeline/stages";
import { HOUSE_STYLES } from "../../../../src/pipeline/styles/house-styles";
import type { ReadoutInput } from "../../../../src/pipeline/types";

/** Runs the declared stages up to and including `last` on one made-up text; returns the context. */
export function runUntil(last: string, raw: string, input: Partial<ReadoutInput> = {}): ReadoutContext {
  const context: ReadoutContext = { input: { id: "t", raw, ...input }, styles: HOUSE_STYLES, warnings: [] };
  const upTo = STAGES.findIndex((s) => s.name === last);
  if (upTo < 0) throw new Error(`no stage named ${last}`);
  for (const stage of STAGES.slice(0, upTo + 1)) stage.run(context);
  return context;
}

/** A made-up readout with a meeting, an attendance sentence and a narrated line. */
export const SAMPLE = [
  "Xi Jinping Meets Chilean President",
  "Beijing, March 3, 2025 (Xinhua) -- Chinese President Xi Jinping met with Chilean President Anton Velmar in Beijing on Monday.",
  "Xi said China is ready to deepen trade with Chile. He added that both countries should expand exchanges.",
  "Velmar said Chile supports the one-China principle.",
  "Wang Yi was present at the meeting.",
].join("\n");
