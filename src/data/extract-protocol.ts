/**
 * The messages between the app and the extraction worker (issue 9), validated with zod on both
 * sides so a malformed message is reported instead of acted on.
 */
import { z } from "zod";
import { datasetSchema, perspectiveSchema } from "../domain/schema";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One text to extract, with what the user supplied beside it. */
export const extractItemSchema = z.object({
  /** The readout id to give it (unique in the atlas). */
  id: z.string().min(1),
  /** Shown in progress and messages: the file name, or "pasted text". */
  name: z.string().min(1),
  raw: z.string(),
  publishedOn: isoDay.optional(),
  publisher: z.string().min(1).optional(),
  perspective: perspectiveSchema.optional(),
  url: z.string().url().optional(),
  /**
   * The readout's title when the text no longer carries its headline: a library readout extracted
   * again for Edit (its stored text is the cleaned text, the headline lifted out at import).
   */
  title: z.string().min(1).optional(),
});

export const workerRequestSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("extract"), job: z.number().int(), items: z.array(extractItemSchema) }),
  z.object({ type: z.literal("cancel"), job: z.number().int() }),
]);

export const extractOutcomeSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    dataset: datasetSchema,
    /** How each meeting's date was found, by meeting id ("\"May 16, 2024\" in the text"). */
    dateHow: z.record(z.string(), z.string()),
    warnings: z.array(z.string()),
    /** Whether the text carries its own publication stamp (then a supplied date is not used). */
    textHasStamp: z.boolean(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export const workerResponseSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("progress"),
    job: z.number().int(),
    done: z.number().int(),
    total: z.number().int(),
    current: z.string(),
  }),
  z.object({
    type: z.literal("item"),
    job: z.number().int(),
    index: z.number().int(),
    name: z.string(),
    outcome: extractOutcomeSchema,
  }),
  z.object({ type: z.literal("done"), job: z.number().int(), cancelled: z.boolean() }),
  z.object({ type: z.literal("failed"), job: z.number().int(), error: z.string() }),
]);

export type ExtractItem = z.infer<typeof extractItemSchema>;
export type WorkerRequest = z.infer<typeof workerRequestSchema>;
export type ExtractOutcome = z.infer<typeof extractOutcomeSchema>;
export type WorkerResponse = z.infer<typeof workerResponseSchema>;
