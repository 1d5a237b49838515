// Test helper: renders UI with a fresh QueryClient seeded with a dataset's load-time forms (the
// meeting index and its detail shards, as the build writes them), through the same hooks the app
// uses, so components see exactly what they see in production.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { readFileSync } from "node:fs";
import type { ReactNode } from "react";
import { datasetQueries, useMeetingIndex } from "../../src/data/dataset-queries";
import { detailQueries, useDetailIndex } from "../../src/data/detail-queries";
import type { DatasetIndex } from "../../src/domain/dataset-index";
import type { MeetingIndex } from "../../src/domain/meeting-index";
import { parseDataset } from "../../src/domain/parse-dataset";
import type { Dataset } from "../../src/domain/schema";
import { splitDataset } from "../../src/domain/split-dataset";

export const sampleDataset: Dataset = parseDataset(
  readFileSync("tests/fixtures/dataset.sample.json", "utf8"),
);

/** Both views of the data: the meeting index, and the full details of every readout. */
export type TestIndexes = DatasetIndex & { meetingIndex: MeetingIndex };

function Details({ index, children }: { index: MeetingIndex; children: (index: TestIndexes) => ReactNode }) {
  const details = useDetailIndex(index, [...index.readouts.keys()]);
  return details.index ? <>{children({ ...details.index, meetingIndex: index })}</> : null;
}

function Harness({ children }: { children: (index: TestIndexes) => ReactNode }) {
  const { data } = useMeetingIndex();
  return data ? <Details index={data}>{children}</Details> : null;
}

/** A QueryClient holding the dataset's meeting index and shards, as if fetched. */
export function seededClient(dataset: Dataset = sampleDataset): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { index, shards } = splitDataset(dataset);
  client.setQueryData(datasetQueries.index().queryKey, index);
  for (const shard of shards) client.setQueryData(detailQueries.shard(shard.shard).queryKey, shard);
  return client;
}

export function renderWithDataset(
  children: (index: TestIndexes) => ReactNode,
  dataset: Dataset = sampleDataset,
) {
  return render(
    <QueryClientProvider client={seededClient(dataset)}>
      <Harness>{children}</Harness>
    </QueryClientProvider>,
  );
}
