/// <reference lib="webworker" />
/**
 * Web Worker entry of the formulation tracker: fetching every readout text and mining the phrases
 * happen here, once per dataset, so the page never blocks on them (issue 13: ≤ 200 ms at 10,000
 * meetings, measured in `npm run bench`).
 */
import { loadFormulationEngine, type FormulationEngine } from "./formulation-engine";
import type { FormulationAnswer, FormulationRequest, FormulationResponse } from "./formulation-protocol";
import { fetchShardByUrl } from "./search-engine";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: Promise<FormulationEngine> | undefined;
const reply = (message: FormulationResponse) => scope.postMessage(message);

scope.onmessage = async ({ data }: MessageEvent<FormulationRequest>) => {
  if (data.kind === "index") {
    engine = loadFormulationEngine(data.shardUrls, fetchShardByUrl, data.meetings, data.actors, data.local);
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
