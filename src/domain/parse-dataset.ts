import { z } from "zod";
import {
  detailShardSchema,
  meetingIndexSchema,
  detailStatementSchema,
  meetingSummarySchema,
  readoutSummarySchema,
  type DetailShard,
  type MeetingIndexFile,
} from "./index-schema";
import {
  actorSchema,
  datasetSchema,
  readoutSchema,
  SCHEMA_VERSION,
  topicSchema,
  type Dataset,
} from "./schema";
import { countOf, pluralNoun } from "./plural";

/** Thrown when a dataset file cannot be used; `message` says what is wrong and where. */
export class DatasetError extends Error {
  override name = "DatasetError";
}

/**
 * A file that loaded with some records left out: `dropped` says which and why (for a notice), so
 * one bad meeting or statement costs that record, not the whole app.
 */
export type Salvaged<T> = T & { readonly dropped?: readonly string[] };

function describeIssues(error: z.ZodError, limit = 5): string {
  const problems = error.issues
    .slice(0, limit)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : "";
  return `${problems.join("; ")}${more}`;
}

/** JSON text to a value, checking the schema version first; throws DatasetError naming the problem. */
function readJson(body: string, source: string): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    throw new DatasetError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (
    typeof raw === "object" &&
    raw !== null &&
    "schemaVersion" in raw &&
    raw.schemaVersion !== SCHEMA_VERSION
  ) {
    throw new DatasetError(
      `${source} has schemaVersion ${JSON.stringify(raw.schemaVersion)}; this version of Readout Atlas reads schemaVersion ${SCHEMA_VERSION}.`,
    );
  }
  return raw;
}

function validate<T>(schema: z.ZodType<T>, what: string, raw: unknown, source: string): T {
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new DatasetError(`${source} does not match the ${what} schema: ${describeIssues(result.error)}`);
  return result.data;
}

/** Parses and validates dataset JSON text (the full form, dataset.json); any problem throws. */
export function parseDataset(body: string, source = "dataset"): Dataset {
  return validate(datasetSchema, "dataset", readJson(body, source), source);
}

/** Parses and validates the compact meeting index (index.json); any problem throws. */
export function parseMeetingIndex(body: string, source = "meeting index"): MeetingIndexFile {
  return validate(meetingIndexSchema, "meeting index", readJson(body, source), source);
}

/** Parses and validates one detail shard (details/YYYY.json); any problem throws. */
export function parseDetailShard(body: string, source = "detail shard"): DetailShard {
  return validate(detailShardSchema, "detail shard", readJson(body, source), source);
}

/** The name a dropped record goes by in a notice: its id when it has one, else its position. */
function recordName(what: string, raw: unknown, at: number): string {
  const id = typeof raw === "object" && raw !== null && "id" in raw ? raw.id : undefined;
  return typeof id === "string" && id ? `${what} "${id.slice(0, 80)}"` : `${what} #${at + 1}`;
}

/** Keeps the elements `schema` accepts; each other one is reported in `dropped`. */
function keepValid<T>(
  schema: z.ZodType<T>,
  what: string,
  list: readonly unknown[],
  dropped: string[],
  name: (raw: unknown, at: number) => string = (raw, at) => recordName(what, raw, at),
): T[] {
  const kept: T[] = [];
  list.forEach((raw, at) => {
    const result = schema.safeParse(raw);
    if (result.success) kept.push(result.data);
    else dropped.push(`Left out ${name(raw, at)}: ${describeIssues(result.error, 2)}.`);
  });
  return kept;
}

const indexShell = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  actors: z.array(z.unknown()),
  topics: z.array(z.unknown()),
  readouts: z.array(z.unknown()),
  meetings: z.array(z.unknown()),
  shards: z.array(z.string()),
});

/**
 * Reads the meeting index, leaving out each record that is broken or names what does not exist
 * (a readout in an unlisted shard, a meeting with an unknown actor, readout or topic), and says so
 * in `dropped`. Throws DatasetError only when the file as a whole is unusable (not JSON, another
 * schema version, not an index at all).
 */
export function salvageMeetingIndex(body: string, source = "meeting index"): Salvaged<MeetingIndexFile> {
  const raw = readJson(body, source);
  const shell = indexShell.safeParse(raw);
  if (!shell.success) return validate(meetingIndexSchema, "meeting index", raw, source);
  const dropped: string[] = [];
  const actors = keepValid(actorSchema, "actor", shell.data.actors, dropped);
  const topics = keepValid(topicSchema, "topic", shell.data.topics, dropped);
  const shards = new Set(shell.data.shards);
  const readouts = keepValid(readoutSummarySchema, "readout", shell.data.readouts, dropped).filter((r) => {
    if (shards.has(r.shard)) return true;
    dropped.push(`Left out readout "${r.id}": its shard "${r.shard}" is not listed.`);
    return false;
  });
  const known = {
    readouts: new Set(readouts.map((r) => r.id)),
    actors: new Set(actors.map((a) => a.id)),
    topics: new Set(topics.map((t) => t.id)),
  };
  const meetings = keepValid(meetingSummarySchema, "meeting", shell.data.meetings, dropped).filter((m) => {
    const missing = [
      ...m.readoutIds.filter((id) => !known.readouts.has(id)).map((id) => `unknown readout "${id}"`),
      ...m.sides
        .flatMap((side) => [side.principal, ...side.attendees])
        .filter((id) => !known.actors.has(id))
        .map((id) => `unknown actor "${id}"`),
      ...m.topics.filter((id) => !known.topics.has(id)).map((id) => `unknown topic "${id}"`),
    ];
    if (missing.length) dropped.push(`Left out meeting "${m.id}": ${[...new Set(missing)].join(", ")}.`);
    return missing.length === 0;
  });
  // Every record passed its schema and every reference it makes resolves (checked above), which is
  // all meetingIndexSchema adds to the shell: validating the whole file again would only double the
  // cost (seconds at 100,000 meetings).
  const file: MeetingIndexFile = {
    schemaVersion: shell.data.schemaVersion,
    actors,
    topics,
    readouts,
    meetings,
    shards: shell.data.shards,
  };
  return dropped.length ? { ...file, dropped } : file;
}

const shardShell = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  shard: z.string().min(1),
  readouts: z.array(z.object({ readout: z.unknown(), statements: z.array(z.unknown()) })),
});

/**
 * Reads a detail shard, leaving out each broken readout and each statement whose span does not hold
 * its text (or that belongs to another readout), and says so in `dropped`. Throws DatasetError only
 * when the file as a whole is unusable.
 */
export function salvageDetailShard(body: string, source = "detail shard"): Salvaged<DetailShard> {
  const raw = readJson(body, source);
  const shell = shardShell.safeParse(raw);
  if (!shell.success) return validate(detailShardSchema, "detail shard", raw, source);
  const dropped: string[] = [];
  const readouts = shell.data.readouts.flatMap((entry, at) => {
    const [readout] = keepValid(readoutSchema, "readout", [entry.readout], dropped, (r) =>
      recordName("readout", r, at),
    );
    if (!readout) return [];
    const statements = keepValid(detailStatementSchema, "statement", entry.statements, dropped).filter(
      (s) => {
        const problem =
          s.readoutId !== readout.id
            ? `it belongs to readout "${s.readoutId}"`
            : readout.text.slice(s.span[0], s.span[1]) !== s.text
              ? `its span [${s.span.join(", ")}] does not hold its text in readout "${readout.id}"`
              : undefined;
        if (problem) dropped.push(`Left out statement "${s.id}": ${problem}.`);
        return !problem;
      },
    );
    return [{ readout, statements }];
  });
  // Each readout and statement passed its schema, and the loop above made the checks
  // readoutDetailSchema adds (owner and span), so the shard is not validated a second time.
  const file: DetailShard = { schemaVersion: shell.data.schemaVersion, shard: shell.data.shard, readouts };
  return dropped.length ? { ...file, dropped } : file;
}

/** Notices for records left out of a file: one line saying what happened, then at most `limit` of them. */
export function droppedNotices(dropped: readonly string[] | undefined, limit = 5): string[] {
  if (!dropped?.length) return [];
  const more = dropped.length - limit;
  const count = `${countOf(dropped.length, "damaged record")} ${pluralNoun(dropped.length, "was", "were")}`;
  return [
    `${count} left out of the data; everything else is shown.`,
    ...dropped.slice(0, limit),
    ...(more > 0 ? [`…and ${more} more.`] : []),
  ];
}
