/**
 * Full-text search for the app: the index is built in a Web Worker from every detail shard (plus
 * library readouts handed in with setLocalDetails); queries go to the worker and come back through
 * TanStack Query, so repeated queries are cached and the previous result stays shown while typing.
 */
import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ReadoutDetail } from "../domain/index-schema";
import { LOCAL_SHARD, type MeetingIndex } from "../domain/meeting-index";
import { detailQueries, detailShardUrl } from "./detail-queries";
import { datasetQueries } from "./dataset-queries";
import { SEARCH_INDEX_READY_MARK, SEARCH_INDEX_REQUESTED_MARK } from "../domain/performance-marks";
import type { SearchAnswer, SearchMeeting } from "./search-engine";
import type { SearchRequest, SearchResponse } from "./search-protocol";
import { workerCalls } from "./worker-calls";

export type { SearchAnswer } from "./search-engine";

export interface MeetingSearch {
  search(query: string): Promise<SearchAnswer | null>;
  dispose(): void;
}

/** Starts building the search index (in a worker where the browser has them) and returns its client. */
export function startMeetingSearch(
  client: QueryClient,
  allShards: readonly string[],
  meetings: readonly SearchMeeting[],
  local: readonly ReadoutDetail[],
): MeetingSearch {
  const shards = allShards.filter((shard) => shard !== LOCAL_SHARD);
  // Without workers (jsdom) search in the page, through the query cache. A dynamic import keeps
  // minisearch out of the initial bundle: browsers with workers never load it in the page.
  if (typeof Worker === "undefined") {
    const load = (shard: string) => client.fetchQuery(detailQueries.shard(shard));
    const engine = import("./search-engine").then(({ loadSearchEngine }) =>
      loadSearchEngine(shards, load, meetings, local),
    );
    // A failure reaches whoever searches; with no search it is not an unhandled rejection.
    engine.catch(() => {});
    return { search: async (query) => (await engine).search(query), dispose() {} };
  }
  // Shard URLs must be absolute: the worker resolves relative ones against its own script's URL.
  const shardUrls = shards.map((shard) => new URL(detailShardUrl(shard), location.href).href);
  const worker = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
  const calls = workerCalls<SearchAnswer | null>();
  worker.onmessage = ({ data }: MessageEvent<SearchResponse>) => {
    if (data.kind === "ready") performance.mark(SEARCH_INDEX_READY_MARK);
    else calls.settle(data);
  };
  const post = (message: SearchRequest) => worker.postMessage(message);
  performance.mark(SEARCH_INDEX_REQUESTED_MARK);
  post({
    kind: "index",
    shardUrls,
    meetings: meetings.map(({ id, readoutIds }) => ({ id, readoutIds })),
    local: [...local],
  });
  return {
    search: (query) => calls.call((id) => post({ kind: "search", id, query })),
    dispose: () => worker.terminate(),
  };
}

const searchIds = new WeakMap<object, number>();
let searchCount = 0;

export interface MeetingSearchState {
  /** "idle" with no query; "searching" until the first answer for this query (the previous one stays in `answer`). */
  status: "idle" | "searching" | "ready" | "error";
  answer: SearchAnswer | null | undefined;
  error?: Error;
}

/**
 * Searches the readouts of the index's meetings. The worker starts when the browser is idle after
 * the first render (or at once when there is a query), so the first keystroke rarely waits for it.
 */
export function useMeetingSearch(index: MeetingIndex, query: string | undefined): MeetingSearchState {
  const hasLocal = index.file.shards.includes(LOCAL_SHARD);
  const local = useQuery({ ...detailQueries.shard(LOCAL_SHARD), enabled: hasLocal }).data;
  const [wanted, setWanted] = useState(Boolean(query));
  if (query && !wanted) setWanted(true);
  useEffect(() => {
    if (wanted) return;
    const start = () => setWanted(true);
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(start, { timeout: 5000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(start, 500);
    return () => clearTimeout(timer);
  }, [wanted]);
  const client = useQueryClient();
  const [search, setSearch] = useState<MeetingSearch>();
  useEffect(() => {
    if (!wanted) return;
    const started = startMeetingSearch(client, index.file.shards, index.file.meetings, local?.readouts ?? []);
    searchIds.set(started, ++searchCount);
    // The worker is an external system this effect owns; its client is state so queries re-key on it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSearch(started);
    return () => started.dispose();
  }, [client, wanted, index, local]);
  const result = useQuery({
    queryKey: [...datasetQueries.all(), "search", search ? searchIds.get(search) : 0, query ?? ""],
    queryFn: () => search!.search(query!),
    enabled: Boolean(search && query),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  if (!query) return { status: "idle", answer: undefined };
  if (result.error) return { status: "error", answer: undefined, error: result.error };
  const fresh = result.data !== undefined && !result.isPlaceholderData;
  return { status: fresh ? "ready" : "searching", answer: result.data };
}
