import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseDataset } from "../domain/parse-dataset";

export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

/** Fetches and validates the bundled dataset; components only ever see parsed data. */
export async function fetchDataset(url: string = DATASET_URL) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the dataset (${url}): HTTP ${response.status} ${response.statusText}`.trim());
  const body = await response.text();
  return parseDataset(body, url);
}

export const datasetQueries = {
  all: () => ["dataset"] as const,
  dataset: () =>
    queryOptions({
      queryKey: [...datasetQueries.all()],
      queryFn: () => fetchDataset(),
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};

export function useDataset() {
  return useQuery(datasetQueries.dataset());
}
