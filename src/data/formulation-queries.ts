/**
 * The formulation tracker through TanStack Query (issue 13): the mined phrases and each tracked
 * phrase are cached per dataset; the worker behind them starts the first time a view wants them.
 */
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Formulation } from "../domain/formulations";
import { LOCAL_SHARD, type MeetingIndex } from "../domain/meeting-index";
import type { TrackedPhrase } from "../domain/phrase-uses";
import { datasetQueries } from "./dataset-queries";
import { detailQueries } from "./detail-queries";
import { startFormulationClient, type FormulationClient } from "./formulation-client";

export type { Formulation } from "../domain/formulations";
export type { TrackedPhrase } from "../domain/phrase-uses";

const clientIds = new WeakMap<object, number>();
let clientCount = 0;

/** The worker for this dataset, started once `wanted` is first true and ended with the dataset. */
export function useFormulationClient(index: MeetingIndex, wanted: boolean): FormulationClient | undefined {
  const hasLocal = index.file.shards.includes(LOCAL_SHARD);
  const local = useQuery({ ...detailQueries.shard(LOCAL_SHARD), enabled: hasLocal }).data;
  const [started, setStarted] = useState(wanted);
  if (wanted && !started) setStarted(true);
  const queryClient = useQueryClient();
  const [client, setClient] = useState<FormulationClient>();
  useEffect(() => {
    if (!started) return;
    const next = startFormulationClient(
      queryClient,
      index.file.shards,
      index.file.meetings,
      index.file.actors,
      local?.readouts ?? [],
    );
    clientIds.set(next, ++clientCount);
    // The worker is an external system this effect owns; its client is state so queries re-key on it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient(next);
    return () => next.dispose();
  }, [queryClient, started, index, local]);
  return client;
}

const keyOf = (client: FormulationClient | undefined) => (client ? clientIds.get(client) : 0);

/** The recurring phrases of the dataset, most widely used first. */
export function useFormulations(client: FormulationClient | undefined, enabled = true) {
  return useQuery({
    queryKey: [...datasetQueries.all(), "formulations", keyOf(client)],
    queryFn: async () => {
      const answer = await client!.ask({ kind: "formulations" });
      if (answer.kind !== "formulations") throw new Error("unexpected answer from the formulation worker");
      return answer as { formulations: Formulation[]; minedInMs: number };
    },
    enabled: Boolean(client) && enabled,
    staleTime: Infinity,
    retry: false,
  });
}

/** Where one phrase (normalised or typed) is used; null when it has no searchable word. */
export function useTrackedPhrase(client: FormulationClient | undefined, phrase: string | undefined) {
  return useQuery({
    queryKey: [...datasetQueries.all(), "formulation-uses", keyOf(client), phrase ?? ""],
    queryFn: async (): Promise<TrackedPhrase | null> => {
      const answer = await client!.ask({ kind: "track", phrase: phrase! });
      if (answer.kind !== "track") throw new Error("unexpected answer from the formulation worker");
      return answer.tracked;
    },
    enabled: Boolean(client && phrase),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}
