import { queryOptions, useQuery } from "@tanstack/react-query";
import { buildDatasetIndex, type DatasetIndex } from "../domain/dataset-index";
import { DatasetError, parseDataset } from "../domain/parse-dataset";
import type { Dataset } from "../domain/schema";

export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

/** Fetches and validates the bundled dataset; components only ever see parsed data. */
export async function fetchDataset(url: string = DATASET_URL): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new DatasetError(
      `Could not load the dataset (${url}): HTTP ${response.status} ${response.statusText}`.trim(),
    );
  }
  // Static hosts (and vite preview) answer a missing file with the app's index.html and status 200.
  if ((response.headers.get("content-type") ?? "").includes("text/html")) {
    throw new DatasetError(
      `The dataset file ${url} is missing: the server answered with a web page instead of JSON.`,
    );
  }
  const body = await response.text();
  return parseDataset(body, url);
}

// One function identity, so TanStack Query memoises the selected index per dataset.
const selectIndex = (dataset: Dataset): DatasetIndex => buildDatasetIndex(dataset);

export const datasetQueries = {
  all: () => ["dataset"] as const,
  dataset: () =>
    queryOptions({
      queryKey: [...datasetQueries.all()],
      queryFn: () => fetchDataset(),
      staleTime: Infinity,
      gcTime: Infinity,
      // A corrupt file stays corrupt: retry only network failures, and only once.
      retry: (failures, error) => !(error instanceof DatasetError) && failures < 1,
    }),
};

/** The dataset with its id lookups (see domain/dataset-index), built once per fetched dataset. */
export function useDatasetIndex() {
  return useQuery({ ...datasetQueries.dataset(), select: selectIndex });
}
