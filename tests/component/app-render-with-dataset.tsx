// Test helper: renders UI with a fresh QueryClient seeded with a dataset, through the same
// useDatasetIndex hook the app uses, so components see exactly what they see in production.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { readFileSync } from "node:fs";
import type { ReactNode } from "react";
import { datasetQueries, useDatasetIndex } from "../../src/data/dataset-queries";
import type { DatasetIndex } from "../../src/domain/dataset-index";
import { parseDataset } from "../../src/domain/parse-dataset";
import type { Dataset } from "../../src/domain/schema";

export const sampleDataset: Dataset = parseDataset(
  readFileSync("tests/fixtures/dataset.sample.json", "utf8"),
);

function Harness({ children }: { children: (index: DatasetIndex) => ReactNode }) {
  const { data } = useDatasetIndex();
  return data ? <>{children(data)}</> : null;
}

export function renderWithDataset(
  children: (index: DatasetIndex) => ReactNode,
  dataset: Dataset = sampleDataset,
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueries.dataset().queryKey, dataset);
  return render(
    <QueryClientProvider client={client}>
      <Harness>{children}</Harness>
    </QueryClientProvider>,
  );
}
