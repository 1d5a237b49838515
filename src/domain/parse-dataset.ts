import { datasetSchema, SCHEMA_VERSION, type Dataset } from "./schema";

/** Thrown when a dataset file cannot be used; `message` says what is wrong and where. */
export class DatasetError extends Error {
  override name = "DatasetError";
}

/** Parses and validates dataset JSON text; throws DatasetError naming the first problems found. */
export function parseDataset(body: string, source = "dataset"): Dataset {
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
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : "";
    throw new DatasetError(`${source} does not match the dataset schema: ${problems.join("; ")}${more}`);
  }
  return result.data;
}
