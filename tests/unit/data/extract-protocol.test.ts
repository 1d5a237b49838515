import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../src/data/extract-client";
import {
  workerRequestSchema,
  workerResponseSchema,
  type WorkerResponse,
} from "../../../src/data/extract-protocol";
import { createWorkerHandler } from "../../../src/data/extract-worker-core";
import { inProcessWorker } from "../../fixtures/in-process-worker";

const NORWAY = readFileSync("tests/fixtures/readouts/import-norway-no-year.txt", "utf8");
const item = (id: string, extra: object = {}) => ({ id, name: `${id}.txt`, raw: NORWAY, ...extra });

/** Runs the worker's handler in-process and collects every message it posts. */
async function run(...messages: unknown[]): Promise<WorkerResponse[]> {
  const posted: WorkerResponse[] = [];
  const handle = createWorkerHandler((response) => posted.push(workerResponseSchema.parse(response)));
  await Promise.all(messages.map((message) => handle(message)));
  return posted;
}

describe("extraction worker protocol", () => {
  it("reports progress per file, one outcome per item and then done", async () => {
    const posted = await run({
      type: "extract",
      job: 1,
      items: [item("a", { publishedOn: "2023-03-15" }), item("b"), { id: "c", name: "empty.txt", raw: "  " }],
    });
    expect(
      posted
        .filter((m) => m.type === "progress")
        .map((m) => m.type === "progress" && [m.done, m.total, m.current]),
    ).toEqual([
      [0, 3, "a.txt"],
      [1, 3, "b.txt"],
      [2, 3, "empty.txt"],
      [3, 3, ""],
    ]);
    const outcomes = posted.flatMap((m) => (m.type === "item" ? [m.outcome] : []));
    expect(outcomes[0]).toMatchObject({ ok: true, textHasStamp: false });
    expect(outcomes[0]!.ok && outcomes[0]!.dataset.meetings[0]!.date).toBe("2023-03-14");
    expect(outcomes[1]).toEqual({
      ok: false,
      error: "b.txt: no date could be resolved for any meeting; enter its publication date.",
    });
    expect(outcomes[2]).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^empty\.txt: the file is empty/),
    });
    expect(posted.at(-1)).toEqual({ type: "done", job: 1, cancelled: false });
  });

  it("stops at the next item after a cancel and says it was cancelled", async () => {
    const posted = await run(
      { type: "extract", job: 2, items: [item("a"), item("b"), item("c")] },
      { type: "cancel", job: 2 },
    );
    expect(posted.filter((m) => m.type === "item")).toHaveLength(0);
    expect(posted.at(-1)).toEqual({ type: "done", job: 2, cancelled: true });
  });

  it("answers a malformed message with a failure instead of acting on it", async () => {
    const posted = await run({ type: "extract", job: 3, items: [{ id: "" }] });
    expect(posted).toEqual([{ type: "failed", job: 3, error: expect.stringContaining("malformed message") }]);
    expect(workerRequestSchema.safeParse({ type: "delete-everything" }).success).toBe(false);
  });

  it("the client collects outcomes in order and passes progress on", async () => {
    const extractor = createExtractor(inProcessWorker);
    const progress: number[] = [];
    const result = await extractor.run([item("a", { publishedOn: "2023-03-15" }), item("b")], {
      onProgress: (p) => progress.push(p.done),
    });
    expect(result.cancelled).toBe(false);
    expect(result.outcomes.map((o) => o?.ok)).toEqual([true, false]);
    expect(progress).toEqual([0, 1, 2]);
  });

  it("the client's abort signal cancels the job", async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await createExtractor(inProcessWorker).run([item("a"), item("b")], {
      signal: controller.signal,
    });
    expect(result).toEqual({ outcomes: [undefined, undefined], cancelled: true });
  });
});
