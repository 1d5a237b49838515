/**
 * The library's persistence: IndexedDB through idb-keyval (ADR 008), one key per readout. Saving
 * several entries is one `setMany`, i.e. one transaction, so a failed save leaves nothing half-written.
 */
import { createStore, delMany, entries as storedEntries, setMany, type UseStore } from "idb-keyval";
import { parseLibraryEntries, type LibraryEntry, type LibraryProblem } from "../domain/library";
import { countOf } from "../domain/plural";

/** Storage failed; `message` says what happened and that nothing stored was lost. */
export class LibraryStorageError extends Error {
  override name = "LibraryStorageError";
}

export interface LibraryStore {
  load(): Promise<{ entries: LibraryEntry[]; problems: LibraryProblem[] }>;
  /** Stores all entries in one transaction: all of them or, on failure, none. */
  save(entries: readonly LibraryEntry[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
}

function storageError(action: string, error: unknown): LibraryStorageError {
  if (isQuotaError(error))
    return new LibraryStorageError(
      `The browser's storage for this site is full, so ${action} did not happen. Everything already in your library is kept; remove readouts you no longer need or export a backup, then try again.`,
    );
  const reason = error instanceof Error ? error.message : String(error);
  return new LibraryStorageError(
    `The library could not be written (${reason}), so ${action} did not happen. What is already stored is kept.`,
  );
}

/** The library in this browser's IndexedDB (database "readout-atlas", store "library"). */
export function indexedDbLibrary(store: UseStore = createStore("readout-atlas", "library")): LibraryStore {
  return {
    async load() {
      const stored = await storedEntries<IDBValidKey, unknown>(store);
      return parseLibraryEntries(stored.map(([key, value]) => [String(key), value]));
    },
    async save(entries) {
      try {
        await setMany(
          entries.map((entry) => [entry.id, entry]),
          store,
        );
      } catch (error) {
        throw storageError(
          entries.length === 1 ? "the save" : `saving ${countOf(entries.length, "readout")}`,
          error,
        );
      }
    },
    async remove(ids) {
      try {
        await delMany([...ids], store);
      } catch (error) {
        throw storageError("the removal", error);
      }
    },
  };
}

export interface StorageUse {
  usedBytes?: number;
  quotaBytes?: number;
}

/** How much this site stores, when the browser says (navigator.storage.estimate). */
export async function storageUse(): Promise<StorageUse> {
  if (typeof navigator === "undefined" || !navigator.storage?.estimate) return {};
  const estimate = await navigator.storage.estimate();
  return { usedBytes: estimate.usage, quotaBytes: estimate.quota };
}

/** A library kept in memory only: for browsers without IndexedDB (and tests); it forgets on reload. */
export function memoryLibrary(): LibraryStore {
  const stored = new Map<string, unknown>();
  return {
    load: async () => parseLibraryEntries([...stored]),
    async save(entries) {
      for (const entry of entries) stored.set(entry.id, structuredClone(entry));
    },
    async remove(ids) {
      for (const id of ids) stored.delete(id);
    },
  };
}
