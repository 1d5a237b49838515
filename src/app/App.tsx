import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { useDataset } from "../data/dataset-queries";

function Shell() {
  const { data, error, isPending } = useDataset();
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-2xl font-semibold">Readout Atlas</h1>
      {isPending && <p role="status">Loading the dataset…</p>}
      {error && <p role="alert">{error.message}</p>}
      {data && <p>{data.meetings.length} meetings from {data.readouts.length} readouts.</p>}
    </main>
  );
}

export function App() {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Shell />
    </QueryClientProvider>
  );
}
