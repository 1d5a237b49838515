/** The shape of one pipeline stage: a name, its one job in a sentence, and what it does to the context. */
import type { ReadoutContext } from "../context";

export interface Stage {
  /** Short name, used for timings (`npm run bench`) and the documented stage list. */
  name: string;
  /** Its one job, in a sentence (README's stage list is generated from these). */
  job: string;
  run(context: ReadoutContext): void;
}

/** Thrown for input the pipeline cannot use; the message says what to supply. */
export class ExtractionError extends Error {
  override name = "ExtractionError";
}
