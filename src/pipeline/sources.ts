/**
 * sources.json: what we know about each readout file that its text does not say — publisher,
 * perspective, url, publication date — and curated facts, each with its reason. Validated here so
 * a bad edit fails with the file and field named.
 */
import { z } from "zod";
import { httpUrlSchema, isoDaySchema, perspectiveSchema } from "../domain/schema";
import type { ReadoutSourceMeta } from "./types";

const isoDay = isoDaySchema;
const reason = z.string().min(10, "give the reason in a sentence");

const sourceEntrySchema = z
  .object({
    title: z.string().min(1).optional(),
    publisher: z.string().min(1),
    perspective: perspectiveSchema,
    publishedOn: isoDay.optional(),
    url: httpUrlSchema.optional(),
    reason,
    curated: z
      .object({
        year: z
          .object({ value: z.number().int().min(1949).max(2100), reason })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const sourcesFileSchema = z
  .object({
    $comment: z.string().optional(),
    readouts: z.record(z.string().regex(/^[\w.-]+$/, "a readout file name without .txt"), sourceEntrySchema),
  })
  .strict();

export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/** Parses sources.json text; throws an Error naming the field that is wrong. */
export function parseSources(body: string, where = "sources.json"): Map<string, ReadoutSourceMeta> {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    throw new Error(`${where} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = sourcesFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${where}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return new Map(Object.entries(result.data.readouts));
}
