/**
 * The property every input must satisfy: the pipeline either refuses it with an ExtractionError
 * that has a message, or returns a dataset that passes the schema with exact spans; and it never
 * takes more than 1 s of CPU per 100 KB of text (a runaway regular expression takes minutes).
 */
import { datasetSchema, type Dataset } from "../../src/domain/schema";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { extractReadout, ExtractionError } from "../../src/pipeline/extract-readout";
import type { FuzzCase } from "./readout-cases";

export type Outcome = { accepted: true; meetings: number } | { accepted: false; message: string };

/** CPU time of this process, so other processes on a shared machine do not make a case look slow. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** 1 s per 100 KB, never less than 1 s: the bound is about runaway growth, not speed. */
export const cpuBudgetMs = (length: number) => 1000 * Math.max(1, length / 100_000);

function checkSpans(dataset: Dataset): void {
  const texts = new Map(dataset.readouts.map((r) => [r.id, r.text]));
  for (const meeting of dataset.meetings) {
    for (const s of meeting.statements) {
      const slice = texts.get(s.readoutId)?.slice(s.span[0], s.span[1]);
      if (slice !== s.text)
        throw new Error(`statement ${s.id}: span [${s.span}] holds ${JSON.stringify(slice)}`);
      if (s.text.trim() === "") throw new Error(`statement ${s.id} is blank`);
    }
    for (const [fact, p] of Object.entries(meeting.provenance)) {
      if (p.source !== "text") continue;
      const text = texts.get(p.readoutId);
      if (text === undefined || p.span[1] > text.length || p.span[0] >= p.span[1])
        throw new Error(`meeting ${meeting.id}: ${fact} provenance span [${p.span}] is outside its readout`);
    }
  }
}

/** Throws (with what went wrong) when the pipeline breaks the property on this input. */
export function checkExtraction(input: FuzzCase): Outcome {
  const readout = {
    id: "fuzz",
    raw: input.raw,
    ...(input.publishedOn ? { publishedOn: input.publishedOn } : {}),
  };
  const started = cpuMs();
  let outcome: Outcome;
  try {
    outcome = { accepted: true, meetings: extractReadout(readout).meetings.length };
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw new Error(`uncaught ${String(error)}`, { cause: error });
    if (error.message.trim().length < 10)
      throw new Error(`refusal without a message: "${error.message}"`, { cause: error });
    outcome = { accepted: false, message: error.message };
  }
  const spent = cpuMs() - started;
  if (spent > cpuBudgetMs(input.raw.length))
    throw new Error(`${Math.round(spent)} ms of CPU for ${input.raw.length} characters (runaway pattern?)`);
  if (!outcome.accepted) return outcome;

  const built = buildDataset([readout]);
  if (built.errors.length > 0) throw new Error(`accepted by extraction, then: ${built.errors.join("; ")}`);
  const parsed = datasetSchema.safeParse(built.dataset);
  if (!parsed.success) throw new Error(`invalid dataset: ${parsed.error.issues[0]?.message}`);
  checkSpans(built.dataset);
  return outcome;
}
