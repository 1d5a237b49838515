/**
 * The page's side of the formulation worker (issue 13): one worker per dataset (bundled plus the
 * user's library), started when the tracker is first wanted; requests go out by id and come back
 * as promises, for TanStack Query to cache (data/formulation-queries).
 */
import type { QueryClient } from "@tanstack/react-query";
import type { ReadoutDetail } from "../domain/index-schema";
import { LOCAL_SHARD } from "../domain/meeting-index";
import { detailQueries, detailShardUrl } from "./detail-queries";
import type { FormulationActor, FormulationMeeting } from "./formulation-engine";
import type { FormulationAnswer, FormulationRequest, FormulationResponse } from "./formulation-protocol";
import { workerCalls } from "./worker-calls";

type Question = { kind: "formulations" } | { kind: "track"; phrase: string };

export interface FormulationClient {
  ask(question: Question): Promise<FormulationAnswer>;
  dispose(): void;
}

export function startFormulationClient(
  client: QueryClient,
  allShards: readonly string[],
  meetings: readonly FormulationMeeting[],
  actors: readonly FormulationActor[],
  local: readonly ReadoutDetail[],
): FormulationClient {
  const shards = allShards.filter((shard) => shard !== LOCAL_SHARD);
  const plainMeetings = meetings.map(({ id, date, readoutIds }) => ({ id, date, readoutIds }));
  const plainActors = actors.map(({ kind, name, aliases }) => ({ kind, name, aliases }));
  // Without workers (jsdom) mine in the page, through the query cache.
  if (typeof Worker === "undefined") {
    const load = (shard: string) => client.fetchQuery(detailQueries.shard(shard));
    const engine = import("./formulation-engine").then(({ loadFormulationEngine }) =>
      loadFormulationEngine(shards, load, plainMeetings, plainActors, local),
    );
    engine.catch(() => {});
    return {
      async ask(question) {
        const ready = await engine;
        return question.kind === "formulations"
          ? { kind: "formulations", ...ready.formulations() }
          : { kind: "track", tracked: ready.track(question.phrase) ?? null };
      },
      dispose() {},
    };
  }
  // Shard URLs must be absolute: the worker resolves relative ones against its own script's URL.
  const shardUrls = shards.map((shard) => new URL(detailShardUrl(shard), location.href).href);
  const worker = new Worker(new URL("./formulation-worker.ts", import.meta.url), { type: "module" });
  const calls = workerCalls<FormulationAnswer>();
  worker.onmessage = ({ data }: MessageEvent<FormulationResponse>) => calls.settle(data);
  const post = (message: FormulationRequest) => worker.postMessage(message);
  post({ kind: "index", shardUrls, meetings: plainMeetings, actors: plainActors, local: [...local] });
  return {
    ask: (question) => calls.call((id) => post({ ...question, id })),
    dispose: () => worker.terminate(),
  };
}
