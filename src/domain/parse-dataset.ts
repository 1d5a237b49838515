import type { z } from "zod";
import {
  detailShardSchema,
  meetingIndexSchema,
  type DetailShard,
  type MeetingIndexFile,
} from "./index-schema";
import { datasetSchema, SCHEMA_VERSION, type Dataset } from "./schema";

/** Thrown when a dataset file cannot be used; `message` says what is wrong and where. */
export class DatasetError extends Error {
  override name = "DatasetError";
}

/** Parses JSON text and validates it with `schema`; throws DatasetError naming the first problems found. */
function parseWith<T>(schema: z.ZodType<T>, what: string, body: string, source: string): T {
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
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : "";
    throw new DatasetError(`${source} does not match the ${what} schema: ${problems.join("; ")}${more}`);
  }
  return result.data;
}

/** Parses and validates dataset JSON text (the full form, dataset.json). */
export function parseDataset(body: string, source = "dataset"): Dataset {
  return parseWith(datasetSchema, "dataset", body, source);
}

/** Parses and validates the compact meeting index (index.json). */
export function parseMeetingIndex(body: string, source = "meeting index"): MeetingIndexFile {
  return parseWith(meetingIndexSchema, "meeting index", body, source);
}

/** Parses and validates one detail shard (details/YYYY.json). */
export function parseDetailShard(body: string, source = "detail shard"): DetailShard {
  return parseWith(detailShardSchema, "detail shard", body, source);
}
