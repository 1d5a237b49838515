/** Node-side loading of the readout corpus: the only place the pipeline's inputs touch the file system. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseSources } from "../../src/pipeline/sources";
import type { ReadoutInput, ReadoutSourceMeta } from "../../src/pipeline/types";

export const READOUTS_DIR = "public/data/readouts";
export const DATA_DIR = "public/data";
export const DATASET_PATH = "public/data/dataset.json";
export const SCHEMA_PATH = "public/data/dataset.schema.json";
/** The load-time forms (ADR 005): the compact meeting index and the per-year detail shards. */
export const INDEX_PATH = "public/data/index.json";
export const DETAILS_DIR = "public/data/details";

export function loadSources(dir = READOUTS_DIR): Map<string, ReadoutSourceMeta> {
  const path = join(dir, "sources.json");
  return parseSources(readFileSync(path, "utf8"), path);
}

/** Reads a file as a readout input; the id is the file name without its extension. */
export function readReadout(path: string, sources: Map<string, ReadoutSourceMeta>): ReadoutInput {
  const id = basename(path).replace(/\.txt$/i, "");
  const bytes = readFileSync(path);
  return { id, raw: bytes.toString("utf8"), meta: sources.get(id) };
}

/** Every *.txt in the readouts folder, in file-name order so the build is deterministic. */
export function loadCorpus(dir = READOUTS_DIR): ReadoutInput[] {
  const sources = loadSources(dir);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  for (const id of sources.keys()) {
    if (!files.includes(`${id}.txt`))
      throw new Error(`${join(dir, "sources.json")}: entry "${id}" has no file ${id}.txt`);
  }
  return files.map((name) => readReadout(join(dir, name), sources));
}
