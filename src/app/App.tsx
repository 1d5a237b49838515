import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { useMeetingIndex } from "../data/dataset-queries";
import { useAtlas, useRetryBundled } from "../data/library-queries";
import { preloadTimeline } from "../features/timeline/preload";
import { DatasetErrorScreen } from "./dataset-error-screen";
import { Explorer } from "./explorer";
import { ExplorerLayout } from "./explorer-layout";
import { DetailPlaceholder, TimelinePlaceholder } from "./loading-placeholders";

preloadTimeline();

/**
 * Loads the dataset, then merges the user's library into it (issue 9); shows the explorer, a
 * same-shaped loading state, or the error screen. A bundled index that fails to load costs the
 * bundled readouts only: the explorer shows the library alone under the error, with "Try again".
 */
function DatasetGate() {
  const query = useMeetingIndex();
  // Once the index has settled, even as an error; a retry (pending again) keeps the atlas shown.
  const atlas = useAtlas(query.isFetched);
  const retryBundled = useRetryBundled();
  const [retrying, setRetrying] = useState(false);
  const retry = () => {
    setRetrying(true);
    void retryBundled().finally(() => setRetrying(false));
  };
  const bundledError = atlas.data?.bundledError;
  if (atlas.data) {
    return (
      <Explorer
        index={atlas.data.index}
        library={atlas.data}
        bundledProblem={
          bundledError && (
            <DatasetErrorScreen
              error={bundledError}
              onRetry={retry}
              retrying={retrying}
              libraryReadouts={atlas.data.entries.length}
            />
          )
        }
      />
    );
  }
  if (query.data && atlas.error) {
    const message = `Your library could not be added (${atlas.error.message}); only the bundled readouts are shown.`;
    return <Explorer index={query.data} library={{ entries: [], problems: [{ key: "library", message }] }} />;
  }
  if (query.error && atlas.error) {
    return (
      <ExplorerLayout
        timeline={
          <DatasetErrorScreen error={query.error} onRetry={retry} retrying={retrying} libraryShown={false} />
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
