/**
 * The dataset contract (DESIGN.md "Dataset schema"). Other tools read `dataset.json`, so names
 * here change only with a note on the issue. The same schema validates the bundled dataset in
 * Node, the fetched file in the browser, and is exported as JSON Schema.
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1 as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a calendar day YYYY-MM-DD");
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case slug");
const span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => start <= end, "span start must not be after its end");

export const roleSchema = z.object({
  title: z.string().min(1),
  from: isoDay.optional(),
  to: isoDay.optional(),
});

export const actorSchema = z.object({
  id: slug,
  name: z.string().min(1),
  kind: z.enum(["person", "organisation", "country"]),
  /** Id of the country or organisation the actor belongs to (a country's party is itself). */
  party: slug,
  aliases: z.array(z.string()),
  roles: z.array(roleSchema),
});

export const topicSchema = z.object({
  id: slug,
  label: z.string().min(1),
  group: z.string().min(1),
});

export const perspectiveSchema = z.enum(["china", "counterpart", "intergovernmental", "media"]);

export const readoutSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  publisher: z.string().min(1),
  perspective: perspectiveSchema,
  publishedOn: isoDay.optional(),
  url: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//i.test(url), "expected an http(s) URL")
    .optional(),
  /** The cleaned text; every span in the dataset indexes into it. */
  text: z.string(),
});

export const provenanceSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("text"), readoutId: z.string().min(1), span }),
  z.object({ source: z.literal("curated"), note: z.string().min(1) }),
]);

export const statementSchema = z.object({
  id: z.string().min(1),
  readoutId: z.string().min(1),
  /** An actor id, "joint" (both sides together) or "narrator" (the publisher's own words). */
  speaker: z.union([slug, z.literal("joint"), z.literal("narrator")]),
  /** The speaker's party id; "joint" for joint statements and "narrator" for the publisher's narration. */
  party: z.union([slug, z.literal("joint"), z.literal("narrator")]),
  verb: z.string().optional(),
  topics: z.array(slug),
  text: z.string().min(1),
  span,
});

export const formatSchema = z.enum(["in-person", "video", "phone"]);

export const meetingSchema = z.object({
  id: slug,
  date: isoDay,
  format: formatSchema,
  setting: z.string().optional(),
  location: z
    .object({ city: z.string().optional(), country: z.string().optional(), venue: z.string().optional() })
    .optional(),
  /** Party id of the foreign side. */
  counterpart: slug,
  sides: z.array(z.object({ party: slug, principal: slug, attendees: z.array(slug) })),
  topics: z.array(slug),
  statements: z.array(statementSchema),
  readoutIds: z.array(z.string().min(1)).min(1),
  provenance: z.object({ date: provenanceSchema, format: provenanceSchema, location: provenanceSchema }),
});

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    actors: z.array(actorSchema),
    topics: z.array(topicSchema),
    readouts: z.array(readoutSchema),
    meetings: z.array(meetingSchema),
  })
  .superRefine((dataset, ctx) => {
    // Referential integrity: the contract promises that every id a meeting names resolves.
    const readouts = new Map(dataset.readouts.map((r) => [r.id, r]));
    const actorIds = new Set(dataset.actors.map((a) => a.id));
    const topicIds = new Set(dataset.topics.map((t) => t.id));
    dataset.meetings.forEach((meeting, mi) => {
      for (const rid of meeting.readoutIds) {
        if (!readouts.has(rid))
          ctx.addIssue({
            code: "custom",
            path: ["meetings", mi, "readoutIds"],
            message: `unknown readout "${rid}"`,
          });
      }
      for (const side of meeting.sides) {
        for (const id of [side.principal, ...side.attendees]) {
          if (!actorIds.has(id))
            ctx.addIssue({
              code: "custom",
              path: ["meetings", mi, "sides"],
              message: `unknown actor "${id}"`,
            });
        }
      }
      for (const t of meeting.topics) {
        if (!topicIds.has(t))
          ctx.addIssue({ code: "custom", path: ["meetings", mi, "topics"], message: `unknown topic "${t}"` });
      }
      meeting.statements.forEach((s, si) => {
        const readout = readouts.get(s.readoutId);
        const where = ["meetings", mi, "statements", si];
        if (!readout) {
          ctx.addIssue({ code: "custom", path: where, message: `unknown readout "${s.readoutId}"` });
          return;
        }
        if (readout.text.slice(s.span[0], s.span[1]) !== s.text) {
          ctx.addIssue({
            code: "custom",
            path: [...where, "span"],
            message: `span [${s.span.join(", ")}] does not hold the statement text`,
          });
        }
        if (s.speaker !== "joint" && s.speaker !== "narrator" && !actorIds.has(s.speaker)) {
          ctx.addIssue({
            code: "custom",
            path: [...where, "speaker"],
            message: `unknown actor "${s.speaker}"`,
          });
        }
      });
    });
  });

export type Role = z.infer<typeof roleSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Perspective = z.infer<typeof perspectiveSchema>;
export type Readout = z.infer<typeof readoutSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type MeetingFormat = z.infer<typeof formatSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingSide = Meeting["sides"][number];
export type Dataset = z.infer<typeof datasetSchema>;
