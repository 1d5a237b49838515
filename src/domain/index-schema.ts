/**
 * The two load-time forms of the dataset (ADR 005): a compact meeting index the app starts from,
 * and detail shards (one per year) holding readout texts and statements, fetched when a meeting,
 * the source viewer, search or compare needs them. `dataset.json` stays the full contract; these
 * are derived from it by `splitDataset` and joined back by `joinDataset` (data:check proves both).
 */
import { z } from "zod";
import {
  actorSchema,
  addReferenceIssues,
  meetingSchema,
  readoutSchema,
  SCHEMA_VERSION,
  spanMismatch,
  statementSchema,
  topicSchema,
} from "./schema";

/**
 * A meeting without its statements; `statementCount` says how many its details hold, and
 * `generalRemarks` (present only when true) that a side says something no topic tags, for the
 * Topic filter's "General remarks" (domain/general-remarks).
 */
export const meetingSummarySchema = meetingSchema.omit({ statements: true }).extend({
  statementCount: z.number().int().nonnegative(),
  generalRemarks: z.literal(true).optional(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/** A readout without its text; `shard` names the detail file that holds text and statements. */
export const readoutSummarySchema = readoutSchema
  .omit({ text: true })
  .extend({ shard: z.string().regex(/^[a-z0-9-]+$/, "expected a shard key") });
export type ReadoutSummary = z.infer<typeof readoutSummarySchema>;

export const meetingIndexSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    actors: z.array(actorSchema),
    topics: z.array(topicSchema),
    readouts: z.array(readoutSummarySchema),
    meetings: z.array(meetingSummarySchema),
    /** Every shard key a readout names, sorted: the files a full-text search must read. */
    shards: z.array(z.string()),
  })
  .superRefine((index, ctx) => {
    const readouts = new Set(index.readouts.map((r) => r.id));
    const shards = new Set(index.shards);
    const actors = new Set(index.actors.map((a) => a.id));
    const topics = new Set(index.topics.map((t) => t.id));
    index.readouts.forEach((readout, ri) => {
      if (!shards.has(readout.shard))
        ctx.addIssue({
          code: "custom",
          path: ["readouts", ri, "shard"],
          message: `shard "${readout.shard}" is not listed`,
        });
    });
    index.meetings.forEach((meeting, mi) =>
      addReferenceIssues(meeting, mi, { readouts, actors, topics }, ctx),
    );
  });
export type MeetingIndexFile = z.infer<typeof meetingIndexSchema>;

/** A statement in a detail file: the meeting it belongs to travels with it. */
export const detailStatementSchema = statementSchema.extend({ meetingId: z.string().min(1) });
export type DetailStatement = z.infer<typeof detailStatementSchema>;

/** One readout's text and every statement that points into it, in dataset order. */
export const readoutDetailSchema = z
  .object({ readout: readoutSchema, statements: z.array(detailStatementSchema) })
  .superRefine((detail, ctx) => {
    detail.statements.forEach((s, si) => {
      if (s.readoutId !== detail.readout.id)
        ctx.addIssue({
          code: "custom",
          path: ["statements", si, "readoutId"],
          message: `belongs to "${s.readoutId}"`,
        });
      else {
        const spanProblem = spanMismatch(detail.readout.text, s);
        if (spanProblem)
          ctx.addIssue({ code: "custom", path: ["statements", si, "span"], message: spanProblem });
      }
    });
  });
export type ReadoutDetail = z.infer<typeof readoutDetailSchema>;

export const detailShardSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  shard: z.string().min(1),
  readouts: z.array(readoutDetailSchema),
});
export type DetailShard = z.infer<typeof detailShardSchema>;
