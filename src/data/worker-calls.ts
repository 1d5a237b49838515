/**
 * Request/answer bookkeeping for the app's workers (search, formulations): each call gets an id,
 * the worker's answer or failure settles the promise of that id, and a failure without an id (the
 * index could not be built) rejects every waiting call and every later one.
 */
export type WorkerReply<A> =
  { kind: "result"; id: number; answer: A } | { kind: "failed"; id?: number; message: string };

export interface WorkerCalls<A> {
  /** Sends a request under a fresh id (`send` posts it) and waits for its answer. */
  call(send: (id: number) => void): Promise<A>;
  /** Settles the call a worker message answers. */
  settle(reply: WorkerReply<A>): void;
}

export function workerCalls<A>(): WorkerCalls<A> {
  const pending = new Map<number, { resolve(answer: A): void; reject(error: Error): void }>();
  let failure: Error | undefined;
  let next = 0;
  return {
    call(send) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<A>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send(id);
      });
    },
    settle(reply) {
      if (reply.kind === "result") {
        pending.get(reply.id)?.resolve(reply.answer);
        pending.delete(reply.id);
        return;
      }
      const error = new Error(reply.message);
      if (reply.id === undefined) {
        failure = error;
        for (const waiting of pending.values()) waiting.reject(error);
        pending.clear();
      } else {
        pending.get(reply.id)?.reject(error);
        pending.delete(reply.id);
      }
    },
  };
}
