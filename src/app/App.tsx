import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { useMeetingIndex } from "../data/dataset-queries";
import { useAtlas } from "../data/library-queries";
import { preloadTimeline } from "../features/timeline/preload";
import { DatasetErrorScreen } from "./dataset-error-screen";
import { Explorer } from "./explorer";
import { ExplorerLayout } from "./explorer-layout";
import { DetailPlaceholder, TimelinePlaceholder } from "./loading-placeholders";

preloadTimeline();

/**
 * Loads the dataset, then merges the user's library into it (issue 9); shows the explorer, a
 * same-shaped loading state, or the error screen.
 */
function DatasetGate() {
  const query = useMeetingIndex();
  const atlas = useAtlas(Boolean(query.data));
  if (atlas.data) return <Explorer index={atlas.data.index} library={atlas.data} />;
  if (query.data && atlas.error) {
    const message = `Your library could not be added (${atlas.error.message}); only the bundled readouts are shown.`;
    return <Explorer index={query.data} library={{ entries: [], problems: [{ key: "library", message }] }} />;
  }
  if (query.error) {
    return (
      <ExplorerLayout
        timeline={
          <DatasetErrorScreen
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        }
        detail={null}
      />
    );
  }
  return (
    <ExplorerLayout
      summary={<span role="status">Loading the dataset…</span>}
      timeline={<TimelinePlaceholder />}
      detail={<DetailPlaceholder />}
    />
  );
}

export function App() {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <DatasetGate />
    </QueryClientProvider>
  );
}
