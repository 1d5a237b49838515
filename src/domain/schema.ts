/**
 * The dataset contract (docs/architecture.md, "The dataset contract") and the project's one
 * vocabulary: every layer takes formats, perspectives, the pseudo-speakers and the Chinese party id
 * from here instead of spelling them out. Other tools read `dataset.json`, so names here change
 * only with an ADR. The same schema validates the bundled dataset in Node, the fetched file in the
 * browser, and is exported as JSON Schema.
 */
import { z } from "zod";

// zod compiles object parsers with `new Function` after probing whether eval is allowed; the app's
// Content-Security-Policy forbids eval and reports even the probe. Its interpreter is fast enough.
// Set here, before any schema is built, because the probe runs when a schema is constructed.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1 as const;

/** How a meeting was held, in the order filters and legends list them. */
export const MEETING_FORMATS = ["in-person", "video", "phone"] as const;
/**
 * How exact a meeting's `date` is, when it is not the day itself (ADR 013): "on-or-before", the text
 * gives no day, so `date` is the readout's publication day and the meeting was then or shortly before.
 */
export const DATE_PRECISIONS = ["on-or-before"] as const;
/** Whose account a readout is, in the order filters list them. */
export const PERSPECTIVES = ["china", "counterpart", "intergovernmental", "media"] as const;
/** Party id of the Chinese side: the one side every meeting in the dataset has. */
export const CHINA = "china";
/** Speaker and party of a statement both sides made together (ADR 002). */
export const JOINT = "joint";
/** Speaker and party of the publisher's own words (ADR 002); never a side's position. */
export const NARRATOR = "narrator";

/** Ids are readable lower-case slugs: `xi-jinping`, `united-nations`, `2024-05-16-xi-jinping-vladimir-putin`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A calendar day `YYYY-MM-DD` (shape only; see isIsoDay for a real date). */
export const ISO_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** True for a `YYYY-MM-DD` string naming a day that exists (no 2023-02-30). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY_PATTERN.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "joint" or "narrator": the two speakers that are no actor. */
export function isPseudoSpeaker(id: string): id is typeof JOINT | typeof NARRATOR {
  return id === JOINT || id === NARRATOR;
}

export const isoDaySchema = z.string().regex(ISO_DAY_PATTERN, "expected a calendar day YYYY-MM-DD");
export const slugSchema = z.string().regex(SLUG_PATTERN, "expected a lower-case slug");
const isoDay = isoDaySchema;
const slug = slugSchema;
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
  /** A country's ISO 3166-1 alpha-3 code ("JOR"), so exports join other datasets (ADR 006). */
  iso: z
    .string()
    .regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code")
    .optional(),
  aliases: z.array(z.string()),
  roles: z.array(roleSchema),
});

export const topicSchema = z.object({
  id: slug,
  label: z.string().min(1),
  group: z.string().min(1),
});

export const perspectiveSchema = z.enum(PERSPECTIVES);

/** A page address readers can open: only http(s), so no `javascript:` link can reach the app. */
export const httpUrlSchema = z
  .string()
  .url()
  .refine((url) => /^https?:\/\//i.test(url), "expected an http(s) URL");

export const readoutSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  publisher: z.string().min(1),
  perspective: perspectiveSchema,
  publishedOn: isoDay.optional(),
  url: httpUrlSchema.optional(),
  /** The cleaned text; every span in the dataset indexes into it. */
  text: z.string(),
});

export const provenanceSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("text"), readoutId: z.string().min(1), span }),
  z.object({ source: z.literal("curated"), note: z.string().min(1) }),
  // A fact the pipeline inferred, not from a sentence nor from sources.json or the user (ADR 014):
  // a date from the publication date, a format from the page title, a date or place from a caption.
  z.object({ source: z.literal("inferred"), note: z.string().min(1) }),
]);

export const statementSchema = z.object({
  id: z.string().min(1),
  readoutId: z.string().min(1),
  /** An actor id, "joint" (both sides together) or "narrator" (the publisher's own words). */
  speaker: z.union([slug, z.literal(JOINT), z.literal(NARRATOR)]),
  /** The speaker's party id; "joint" for joint statements and "narrator" for the publisher's narration. */
  party: z.union([slug, z.literal(JOINT), z.literal(NARRATOR)]),
  verb: z.string().optional(),
  /**
   * The pipeline's speaker rule that chose `speaker` ("saying-subject", "speech-tag", …; see
   * src/pipeline/README.md). Optional: hand-made datasets and older files lack it (docs/decisions/009).
   */
  speakerRule: slug.optional(),
  topics: z.array(slug),
  text: z.string().min(1),
  span,
});

export const formatSchema = z.enum(MEETING_FORMATS);

export const meetingSchema = z.object({
  id: slug,
  date: isoDay,
  /** Absent: `date` is the day the text (or a curation) gives. See DATE_PRECISIONS (ADR 013). */
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
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
  provenance: z.object({
    date: provenanceSchema,
    format: provenanceSchema,
    location: provenanceSchema,
    /**
     * Present only when no sentence says the meeting and the pipeline inferred it from the text's
     * evidence (headline, captions, sentences naming the two): `inferred`, with why (ADR 015).
     */
    meeting: provenanceSchema.optional(),
  }),
});

/** Why a statement's span does not hold its text in `text`, or undefined when it does. */
export function spanMismatch(text: string, statement: Pick<Statement, "span" | "text">): string | undefined {
  return text.slice(statement.span[0], statement.span[1]) === statement.text
    ? undefined
    : `span [${statement.span.join(", ")}] does not hold the statement text`;
}

/** The ids a meeting names (readouts, actors, topics) that resolve nowhere, as issues at its path. */
export function addReferenceIssues(
  meeting: Pick<z.infer<typeof meetingSchema>, "readoutIds" | "sides" | "topics">,
  at: number,
  known: { readouts: { has(id: string): boolean }; actors: ReadonlySet<string>; topics: ReadonlySet<string> },
  ctx: z.RefinementCtx,
): void {
  const issue = (field: string, message: string) =>
    ctx.addIssue({ code: "custom", path: ["meetings", at, field], message });
  for (const id of meeting.readoutIds)
    if (!known.readouts.has(id)) issue("readoutIds", `unknown readout "${id}"`);
  for (const side of meeting.sides)
    for (const id of [side.principal, ...side.attendees])
      if (!known.actors.has(id)) issue("sides", `unknown actor "${id}"`);
  for (const id of meeting.topics) if (!known.topics.has(id)) issue("topics", `unknown topic "${id}"`);
}

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
      addReferenceIssues(meeting, mi, { readouts, actors: actorIds, topics: topicIds }, ctx);
      meeting.statements.forEach((s, si) => {
        const readout = readouts.get(s.readoutId);
        const where = ["meetings", mi, "statements", si];
        if (!readout) {
          ctx.addIssue({ code: "custom", path: where, message: `unknown readout "${s.readoutId}"` });
          return;
        }
        const spanProblem = spanMismatch(readout.text, s);
        if (spanProblem) ctx.addIssue({ code: "custom", path: [...where, "span"], message: spanProblem });
        if (!isPseudoSpeaker(s.speaker) && !actorIds.has(s.speaker)) {
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
