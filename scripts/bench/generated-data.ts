/**
 * The generated datasets the bench serves, in the forms the build writes: the meeting index and the
 * year shards the app loads, and dataset.json for the bare vis-timeline page. Made by the seeded
 * generator in tests/fixtures, so every run measures the same meetings; memoised per size because
 * generating 100,000 meetings takes seconds. Never mixed into the bundled dataset.
 */
import { splitDataset } from "../../src/domain/split-dataset";
import { syntheticDataset } from "../../tests/fixtures/synthetic-dataset";

export interface GeneratedFiles {
  meetings: number;
  /** By path under data/: "index.json", "details/2013.json" …, and "dataset.json" when asked for. */
  files: Map<string, string>;
}

const cache = new Map<string, GeneratedFiles>();

/** `withDataset`: also the whole dataset.json (the bare page reads it; the app never does). */
export function generatedFiles(meetings: number, withDataset = true): GeneratedFiles {
  const key = `${meetings}:${withDataset}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const dataset = syntheticDataset(meetings);
  const { index, shards } = splitDataset(dataset);
  const files = new Map<string, string>([["index.json", JSON.stringify(index)]]);
  for (const shard of shards) files.set(`details/${shard.shard}.json`, JSON.stringify(shard));
  if (withDataset) files.set("dataset.json", JSON.stringify(dataset));
  const generated = { meetings, files };
  cache.set(key, generated);
  return generated;
}
