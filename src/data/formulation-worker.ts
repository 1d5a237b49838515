/// <reference lib="webworker" />
/**
 * Web Worker entry of the formulation tracker: fetching every readout text and mining the phrases
 * happen here, once per dataset, so the page never blocks on them (issue 13: ≤ 200 ms at 10,000
 * meetings, measured in `npm run bench`).
 */
import type { StreamPart } from "../domain/formulation-stream";
import { loadFormulationEngine, type FormulationEngine, type ScanElsewhere } from "./formulation-engine";
import type { FormulationAnswer, FormulationRequest, FormulationResponse } from "./formulation-protocol";
import { fetchShardByUrl } from "./search-engine";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: Promise<FormulationEngine> | undefined;
const reply = (message: FormulationResponse) => scope.postMessage(message);

/**
 * A second thread for the one mining of this dataset, started now so it has loaded by the time
 * the shards have: with two cores or more it scans half of the statements (ADR 012). None where
 * a worker cannot start workers.
 */
function startHelper(): ScanElsewhere | undefined {
  if (typeof Worker === "undefined" || (navigator.hardwareConcurrency || 1) < 2) return undefined;
  const helper = new Worker(new URL("./formulation-helper.ts", import.meta.url), { type: "module" });
  let waiting: { resolve: (part: StreamPart) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  helper.onmessage = ({ data }: MessageEvent<StreamPart>) => waiting?.resolve(data);
  // Failing to load (or later): the engine then mines in this thread alone.
  helper.onerror = (event) => {
    event.preventDefault();
    failure = new Error(event.message || "the formulation helper failed");
    waiting?.reject(failure);
  };
  return (request) =>
    new Promise<StreamPart>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting = { resolve, reject };
      helper.postMessage(request, [request.meetings.buffer]);
    }).finally(() => helper.terminate());
}

scope.onmessage = async ({ data }: MessageEvent<FormulationRequest>) => {
  if (data.kind === "index") {
    const { shardUrls, meetings, actors, local } = data;
    engine = loadFormulationEngine(shardUrls, fetchShardByUrl, meetings, actors, local, startHelper());
    engine.catch((error: unknown) => reply({ kind: "failed", message: String(error) }));
    return;
  }
  try {
    if (!engine) throw new Error("the formulations were not mined");
    const ready = await engine;
    const answer: FormulationAnswer =
      data.kind === "formulations"
        ? { kind: "formulations", ...ready.formulations() }
        : { kind: "track", tracked: ready.track(data.phrase) ?? null };
    reply({ kind: "result", id: data.id, answer });
  } catch (error) {
    reply({ kind: "failed", id: data.id, message: error instanceof Error ? error.message : String(error) });
  }
};
