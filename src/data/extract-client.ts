/**
 * Runs extraction in the Web Worker (issue 9). The worker, and with it the whole pipeline, is
 * loaded only when the first extraction starts, so it never weighs on the app's start.
 */
import {
  workerResponseSchema,
  type ExtractItem,
  type ExtractOutcome,
  type WorkerRequest,
  type WorkerResponse,
} from "./extract-protocol";
import { EXTRACT_DONE_MARK, EXTRACT_STARTED_MARK } from "../domain/performance-marks";

type Delivery = { response: WorkerResponse } | { error: string };

export interface ExtractProgress {
  done: number;
  total: number;
  current: string;
}

export interface ExtractRun {
  /** One outcome per item, in order; absent for items not reached before a cancel. */
  outcomes: (ExtractOutcome | undefined)[];
  cancelled: boolean;
}

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
}

const makeWorker = (): WorkerLike =>
  new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module", name: "extract" });

export interface Extractor {
  run(
    items: readonly ExtractItem[],
    options?: { onProgress?: (progress: ExtractProgress) => void; signal?: AbortSignal },
  ): Promise<ExtractRun>;
}

export function createExtractor(create: () => WorkerLike = makeWorker): Extractor {
  let worker: WorkerLike | undefined;
  let nextJob = 1;
  const listeners = new Map<number, (delivery: Delivery) => void>();
  const connect = (): WorkerLike => {
    if (worker) return worker;
    const created = create();
    created.addEventListener("message", (event: MessageEvent) => {
      const parsed = workerResponseSchema.safeParse(event.data);
      if (parsed.success) listeners.get(parsed.data.job)?.({ response: parsed.data });
      else {
        const job = (event.data as { job?: unknown } | null)?.job;
        if (typeof job === "number")
          listeners.get(job)?.({ error: "The extraction worker sent a malformed message." });
      }
    });
    created.addEventListener("error", (event: ErrorEvent) => {
      // A crashed worker is replaced on the next run.
      worker = undefined;
      const error = `Extraction stopped: ${event.message || "the worker crashed"}.`;
      for (const listener of [...listeners.values()]) listener({ error });
    });
    return (worker = created);
  };
  return {
    run(items, { onProgress, signal } = {}) {
      const job = nextJob++;
      const target = connect();
      const outcomes: (ExtractOutcome | undefined)[] = items.map(() => undefined);
      return new Promise<ExtractRun>((resolve, reject) => {
        const finish = () => {
          listeners.delete(job);
          signal?.removeEventListener("abort", abort);
        };
        const abort = () => target.postMessage({ type: "cancel", job });
        signal?.addEventListener("abort", abort);
        listeners.set(job, (delivery) => {
          if ("error" in delivery) {
            finish();
            reject(new Error(delivery.error));
            return;
          }
          const { response } = delivery;
          if (response.type === "progress") onProgress?.(response);
          else if (response.type === "item") outcomes[response.index] = response.outcome;
          else if (response.type === "failed") {
            finish();
            reject(new Error(response.error));
          } else {
            finish();
            performance.mark(EXTRACT_DONE_MARK, { detail: { items: items.length } });
            resolve({ outcomes, cancelled: response.cancelled });
          }
        });
        performance.mark(EXTRACT_STARTED_MARK);
        target.postMessage({ type: "extract", job, items: [...items] });
        if (signal?.aborted) abort();
      });
    },
  };
}
