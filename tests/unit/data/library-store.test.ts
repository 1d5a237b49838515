import "fake-indexeddb/auto";
import fc from "fast-check";
import { createStore, set, type UseStore } from "idb-keyval";
import { describe, expect, it } from "vitest";
import { indexedDbLibrary, LibraryStorageError } from "../../../src/data/library-store";
import { entryOf, fragmentArbitrary } from "../../fixtures/library-fragments";

let n = 0;
const freshStore = () => createStore(`library-test-${++n}`, "library");
const entry = (id: string, savedAt?: string) =>
  entryOf(fc.sample(fragmentArbitrary(id), { numRuns: 1, seed: 3 })[0]!, savedAt);

describe("IndexedDB library", () => {
  it("keeps what it saves, in the order saved, and forgets what it removes", async () => {
    const library = indexedDbLibrary(freshStore());
    await library.save([
      entry("yours-b", "2026-01-02T00:00:00.000Z"),
      entry("yours-a", "2026-01-01T00:00:00.000Z"),
    ]);
    expect((await library.load()).entries.map((e) => e.id)).toEqual(["yours-a", "yours-b"]);
    await library.remove(["yours-a"]);
    expect((await library.load()).entries.map((e) => e.id)).toEqual(["yours-b"]);
  });

  it("reports a damaged entry and keeps the good ones", async () => {
    const store = freshStore();
    const library = indexedDbLibrary(store);
    await library.save([entry("yours-a")]);
    await set("yours-broken", { version: 1, id: "yours-broken", dataset: { meetings: 3 } }, store);
    const loaded = await library.load();
    expect(loaded.entries.map((e) => e.id)).toEqual(["yours-a"]);
    expect(loaded.problems).toEqual([
      {
        key: "yours-broken",
        message: expect.stringMatching(/^The stored readout "yours-broken" is damaged/),
      },
    ]);
  });

  it("a full quota says so, saves nothing of the batch and loses nothing stored", async () => {
    const real = freshStore();
    const library = indexedDbLibrary(real);
    await library.save([entry("yours-a")]);
    const full: UseStore = (mode, callback) =>
      mode === "readwrite"
        ? Promise.reject(new DOMException("quota", "QuotaExceededError"))
        : real(mode, callback);
    const error = await indexedDbLibrary(full)
      .save([entry("yours-b"), entry("yours-c")])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryStorageError);
    expect((error as Error).message).toMatch(
      /storage for this site is full.*Everything already in your library is kept/,
    );
    expect((await library.load()).entries.map((e) => e.id)).toEqual(["yours-a"]);
  });
});
