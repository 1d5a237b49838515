/**
 * The app starts from the compact meeting index (ADR 005); readout texts and statements load per
 * detail shard through data/detail-queries. `fetchDataset` still reads the full dataset.json (the
 * contract other tools and exports use).
 */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildMeetingIndex, type MeetingIndex } from "../domain/meeting-index";
import type { MeetingIndexFile } from "../domain/index-schema";
import { parseDataset, salvageMeetingIndex, type Salvaged } from "../domain/parse-dataset";
import type { Dataset } from "../domain/schema";
import { DATA_BASE_URL, fetchDataFile, retryNetworkOnce } from "./fetch-data-file";

export const DATASET_URL = `${DATA_BASE_URL}dataset.json`;
export const MEETING_INDEX_URL = `${DATA_BASE_URL}index.json`;

/** Fetches and validates the full dataset (statements and texts included). */
export async function fetchDataset(url: string = DATASET_URL): Promise<Dataset> {
  return parseDataset(await fetchDataFile(url), url);
}

/**
 * Fetches and validates the meeting index; components only ever see parsed data. A broken meeting
 * or readout is left out and named in `dropped` rather than failing the whole app.
 */
export async function fetchMeetingIndex(
  url: string = MEETING_INDEX_URL,
): Promise<Salvaged<MeetingIndexFile>> {
  return salvageMeetingIndex(await fetchDataFile(url), url);
}

const built = new WeakMap<Salvaged<MeetingIndexFile>, MeetingIndex>();

/**
 * The lookups of an index file, built once per file object: the bundled index and the atlas with
 * an empty library are the same file, and building its lookups takes a second at 100,000 meetings.
 */
export function meetingIndexOf(file: Salvaged<MeetingIndexFile>): MeetingIndex {
  let index = built.get(file);
  if (!index) built.set(file, (index = buildMeetingIndex(file)));
  return index;
}

// One function identity, so TanStack Query memoises the selected lookups per fetched file.
const selectIndex = (file: Salvaged<MeetingIndexFile>): MeetingIndex => meetingIndexOf(file);

export const datasetQueries = {
  all: () => ["dataset"] as const,
  index: () =>
    queryOptions({
      queryKey: [...datasetQueries.all(), "index"],
      queryFn: () => fetchMeetingIndex(),
      staleTime: Infinity,
      gcTime: Infinity,
      retry: retryNetworkOnce,
    }),
};

/** The meeting index with its id lookups (see domain/meeting-index), built once per fetched file. */
export function useMeetingIndex() {
  return useQuery({ ...datasetQueries.index(), select: selectIndex });
}
