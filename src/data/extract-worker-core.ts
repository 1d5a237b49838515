/**
 * The worker's message loop, kept apart from the Worker global so Node tests can drive it. It
 * extracts one item at a time and yields between items, so a "cancel" message is seen promptly.
 */
import { extractItem } from "./extract-item";
import { workerRequestSchema, type WorkerResponse } from "./extract-protocol";

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createWorkerHandler(post: (response: WorkerResponse) => void) {
  const cancelled = new Set<number>();
  return async function handle(message: unknown): Promise<void> {
    const parsed = workerRequestSchema.safeParse(message);
    if (!parsed.success) {
      const job =
        typeof (message as { job?: unknown })?.job === "number" ? (message as { job: number }).job : -1;
      post({
        type: "failed",
        job,
        error: `The extraction worker got a malformed message: ${parsed.error.issues[0]?.message}`,
      });
      return;
    }
    const request = parsed.data;
    if (request.type === "cancel") {
      cancelled.add(request.job);
      return;
    }
    const { job, items } = request;
    for (const [index, item] of items.entries()) {
      await nextTask();
      if (cancelled.has(job)) {
        post({ type: "done", job, cancelled: true });
        return;
      }
      post({ type: "progress", job, done: index, total: items.length, current: item.name });
      let outcome;
      try {
        outcome = extractItem(item);
      } catch (error) {
        outcome = {
          ok: false as const,
          error: `${item.name}: extraction failed unexpectedly (${(error as Error).message}); please report this readout.`,
        };
      }
      post({ type: "item", job, index, name: item.name, outcome });
    }
    post({ type: "progress", job, done: items.length, total: items.length, current: "" });
    post({ type: "done", job, cancelled: false });
  };
}
