/// <reference lib="webworker" />
/**
 * The formulation worker's helper (issue 13, ADR 012): a second thread, started by
 * formulation-worker.ts on a machine of two cores or more, that scans the later half of the
 * meetings' statements while the worker scans the earlier half, and sends its part of the word
 * stream back by transfer (domain/formulations mineFormulationsInTwo).
 */
import { partBuffers } from "../domain/formulation-stream";
import { scanRequest, type PartRequest } from "../domain/formulations";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = ({ data }: MessageEvent<PartRequest>) => {
  const part = scanRequest(data);
  scope.postMessage(part, partBuffers(part));
};
