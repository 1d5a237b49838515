/**
 * The second thread of the formulation bench (scripts/lib/bench-formulations-worker.ts), as
 * src/data/formulation-helper.ts is the app's: scans the statements it is sent and sends the
 * part of the word stream back by transfer.
 */
import { parentPort } from "node:worker_threads";
import { partBuffers } from "../../src/domain/formulation-stream";
import { scanRequest, type PartRequest } from "../../src/domain/formulations";

parentPort!.on("message", (request: PartRequest) => {
  const part = scanRequest(request);
  parentPort!.postMessage(part, partBuffers(part));
});
