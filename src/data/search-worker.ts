/// <reference lib="webworker" />
/**
 * Web Worker entry: fetching, validating and indexing every readout text happens here, so typing a
 * search never blocks the page (issue 10: no main-thread task over 50 ms for search).
 */
import { fetchShardByUrl, loadSearchEngine, type SearchEngine } from "./search-engine";
import type { SearchRequest, SearchResponse } from "./search-protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: Promise<SearchEngine> | undefined;
const reply = (message: SearchResponse) => scope.postMessage(message);

scope.onmessage = async ({ data }: MessageEvent<SearchRequest>) => {
  if (data.kind === "index") {
    engine = loadSearchEngine(data.shardUrls, fetchShardByUrl, data.meetings, data.local);
    engine.then(
      () => reply({ kind: "ready" }),
      (error: unknown) => reply({ kind: "failed", message: String(error) }),
    );
    return;
  }
  try {
    if (!engine) throw new Error("the search index was not built");
    reply({ kind: "result", id: data.id, answer: (await engine).search(data.query) });
  } catch (error) {
    reply({ kind: "failed", id: data.id, message: error instanceof Error ? error.message : String(error) });
  }
};
