/**
 * Readout details (texts and statements) on demand, one year shard per query (ADR 005). A view asks
 * for the readouts it shows; each shard is fetched once and kept. Library readouts (shard "local")
 * are never fetched: whoever holds them hands them in with `setLocalDetails`.
 */
import { queryOptions, useQueries, type QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { DatasetIndex } from "../domain/dataset-index";
import type { DetailShard, ReadoutDetail } from "../domain/index-schema";
import { buildDetailIndex, LOCAL_SHARD, type MeetingIndex } from "../domain/meeting-index";
import { salvageDetailShard, type Salvaged } from "../domain/parse-dataset";
import { isPseudoSpeaker, SCHEMA_VERSION } from "../domain/schema";
import { datasetQueries } from "./dataset-queries";
import { DATA_BASE_URL, fetchDataFile, retryNetworkOnce } from "./fetch-data-file";

export const detailShardUrl = (shard: string) => `${DATA_BASE_URL}details/${shard}.json`;

const emptyShard = (shard: string): DetailShard => ({ schemaVersion: SCHEMA_VERSION, shard, readouts: [] });

/** Fetches a shard; a broken readout or statement is left out and named in `dropped`. */
export async function fetchDetailShard(shard: string): Promise<Salvaged<DetailShard>> {
  const url = detailShardUrl(shard);
  return salvageDetailShard(await fetchDataFile(url), url);
}

export const detailQueries = {
  all: () => [...datasetQueries.all(), "details"] as const,
  shard: (shard: string) =>
    queryOptions({
      queryKey: [...detailQueries.all(), shard],
      // The local shard is filled by setLocalDetails; until then it is empty, never fetched.
      queryFn: () => (shard === LOCAL_SHARD ? emptyShard(shard) : fetchDetailShard(shard)),
      staleTime: Infinity,
      gcTime: Infinity,
      retry: retryNetworkOnce,
    }),
};

/** Hands in details already in memory (the user's library): they resolve like bundled ones, unfetched. */
export function setLocalDetails(client: QueryClient, details: readonly ReadoutDetail[]): void {
  client.setQueryData(detailQueries.shard(LOCAL_SHARD).queryKey, {
    ...emptyShard(LOCAL_SHARD),
    readouts: [...details],
  });
}

export interface ReadoutDetails {
  status: "loading" | "error" | "ready";
  /** The requested readouts' details that are loaded (all of them once status is "ready"). */
  details: ReadonlyMap<string, ReadoutDetail>;
  /** Records left out as broken from the shards these readouts live in (salvageDetailShard), for a notice. */
  dropped: readonly string[];
  error?: Error;
  retry(): void;
}

/** The shards that hold these readouts, deduplicated, in a stable order (unknown ids are skipped). */
function shardsOf(index: MeetingIndex, readoutIds: readonly string[]): string[] {
  const shards = new Set<string>();
  for (const id of readoutIds) {
    const shard = index.readouts.get(id)?.shard;
    if (shard) shards.add(shard);
  }
  return [...shards].sort();
}

interface CombinedShards {
  shards: (Salvaged<DetailShard> | undefined)[];
  error: Error | undefined;
  loading: boolean;
  refetchAll(): void;
}

// Defined once so TanStack Query keeps the combined value while no shard query changes.
function combineShards(
  results: { data?: Salvaged<DetailShard>; error: Error | null; refetch(): unknown }[],
): CombinedShards {
  return {
    shards: results.map((r) => r.data),
    error: results.find((r) => r.error)?.error ?? undefined,
    loading: results.some((r) => r.data === undefined),
    refetchAll: () => results.forEach((r) => void r.refetch()),
  };
}

/** Details of the given readouts, loading the shards that hold them. */
export function useReadoutDetails(index: MeetingIndex, readoutIds: readonly string[]): ReadoutDetails {
  const key = readoutIds.join("\n");
  // The ids' content is what matters: callers may pass a fresh array each render.
  const ids = useMemo(() => key.split("\n").filter(Boolean), [key]);
  const shardKeys = useMemo(() => shardsOf(index, ids), [index, ids]);
  const { shards, error, loading, refetchAll } = useQueries({
    queries: shardKeys.map((shard) => detailQueries.shard(shard)),
    combine: combineShards,
  });
  const { details, dropped } = useMemo(() => pick(index, shards, ids), [index, shards, ids]);
  return {
    status: error ? "error" : loading ? "loading" : "ready",
    details,
    dropped,
    error,
    retry: refetchAll,
  };
}

/**
 * The wanted readouts' details. A statement whose speaker the index does not know is left out
 * (it would show a made-up name), and so named in `dropped` with what the shards left out.
 */
function pick(
  index: MeetingIndex,
  shards: readonly (Salvaged<DetailShard> | undefined)[],
  ids: readonly string[],
) {
  const wanted = new Set(ids);
  const details = new Map<string, ReadoutDetail>();
  const dropped: string[] = [];
  for (const shard of shards) {
    dropped.push(...(shard?.dropped ?? []));
    for (const detail of shard?.readouts ?? []) {
      if (!wanted.has(detail.readout.id)) continue;
      const statements = detail.statements.filter((s) => {
        const known = isPseudoSpeaker(s.speaker) || index.actors.has(s.speaker);
        if (!known) dropped.push(`Left out statement "${s.id}": unknown actor "${s.speaker}".`);
        return known;
      });
      details.set(
        detail.readout.id,
        statements.length === detail.statements.length ? detail : { ...detail, statements },
      );
    }
  }
  return { details, dropped };
}

export interface DetailIndexState extends Omit<ReadoutDetails, "details"> {
  /** Full meetings and readouts for what was asked; undefined until every readout is loaded. */
  index?: DatasetIndex;
}

/** A DatasetIndex (statements and texts) of the given readouts and their meetings, once loaded. */
export function useDetailIndex(index: MeetingIndex, readoutIds: readonly string[]): DetailIndexState {
  const { details, ...state } = useReadoutDetails(index, readoutIds);
  const ready = state.status === "ready";
  const detailIndex = useMemo(
    () => (ready ? buildDetailIndex(index, details) : undefined),
    [ready, index, details],
  );
  return { ...state, index: detailIndex };
}

/** The same details outside React (exports, imports): fetched through the query cache, so each shard loads once. */
export async function fetchReadoutDetails(
  client: QueryClient,
  index: MeetingIndex,
  readoutIds: readonly string[],
): Promise<ReadonlyMap<string, ReadoutDetail>> {
  const shards = await Promise.all(
    shardsOf(index, readoutIds).map((shard) => client.fetchQuery(detailQueries.shard(shard))),
  );
  return pick(index, shards, readoutIds).details;
}
