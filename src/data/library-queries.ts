/**
 * The atlas the app shows: the bundled meeting index with the user's library merged in (issue 9).
 * The merge runs in the query function, which hands the library's readout details to the local
 * shard before the merged index is returned, so no view ever sees a library meeting whose details
 * are missing. Saving and removing write IndexedDB in one transaction, then refetch the atlas.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { MeetingIndexFile } from "../domain/index-schema";
import type { LibraryEntry, LibraryProblem } from "../domain/library";
import { SCHEMA_VERSION } from "../domain/schema";
import { mergeDatasetFragment, type MeetingIndex } from "../domain/meeting-index";
import { datasetQueries, meetingIndexOf } from "./dataset-queries";
import { setLocalDetails } from "./detail-queries";
import { indexedDbLibrary, memoryLibrary, storageUse, type LibraryStore } from "./library-store";

export interface Atlas {
  index: MeetingIndex;
  entries: LibraryEntry[];
  /** Damaged stored entries, or a library that could not be read at all. */
  problems: LibraryProblem[];
  /**
   * Why the bundled readouts are missing: their index file could not be loaded. The atlas then
   * holds the library alone, so a broken or unreachable bundle never hides the user's own readouts.
   */
  bundledError?: Error;
}

/** The bundle's stand-in when its index fails: no readouts, so the library merges into nothing. */
const NO_BUNDLE: MeetingIndexFile = {
  schemaVersion: SCHEMA_VERSION,
  actors: [],
  topics: [],
  readouts: [],
  meetings: [],
  shards: [],
};

/**
 * The bundled index, or the empty stand-in and the reason. An index query that already failed is
 * not fetched again here (a corrupt file stays corrupt); "Try again" refetches it first.
 */
async function bundledIndex(client: QueryClient): Promise<{ file: MeetingIndexFile; error?: Error }> {
  const options = datasetQueries.index();
  const state = client.getQueryState(options.queryKey);
  if (state?.status === "error" && state.error) return { file: NO_BUNDLE, error: state.error };
  try {
    return { file: await client.ensureQueryData(options) };
  } catch (error) {
    return { file: NO_BUNDLE, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

const STORAGE_USE_KEY = ["storage-use"] as const;

let defaultStore: LibraryStore | undefined;
/** The library in this browser's IndexedDB, opened on first use. */
export const browserLibrary = (): LibraryStore =>
  (defaultStore ??= typeof indexedDB === "undefined" ? memoryLibrary() : indexedDbLibrary());

async function loadEntries(store: LibraryStore): Promise<Omit<Atlas, "index">> {
  try {
    return await store.load();
  } catch (error) {
    // Private windows and blocked storage: the bundled atlas still works, and the page says why.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      entries: [],
      problems: [
        {
          key: "library",
          message: `Your library could not be read (${reason}); only the bundled readouts are shown.`,
        },
      ],
    };
  }
}

/**
 * The library's first read starts when the app first asks for the atlas, beside the index fetch
 * instead of after it; the atlas query then takes that read once. Later merges (after a save or a
 * removal) read the store afresh.
 */
const firstReads = new WeakMap<LibraryStore, Promise<Omit<Atlas, "index">> | "taken">();

function startFirstRead(store: LibraryStore): void {
  if (!firstReads.has(store)) firstReads.set(store, loadEntries(store));
}

function readEntries(store: LibraryStore): Promise<Omit<Atlas, "index">> {
  const first = firstReads.get(store);
  firstReads.set(store, "taken");
  return first && first !== "taken" ? first : loadEntries(store);
}

export const atlasQueries = {
  all: () => [...datasetQueries.all(), "atlas"] as const,
  view: (client: QueryClient, store: LibraryStore) =>
    queryOptions({
      queryKey: atlasQueries.all(),
      queryFn: async (): Promise<Atlas> => {
        const [bundled, library] = await Promise.all([bundledIndex(client), readEntries(store)]);
        const merged = mergeDatasetFragment(
          bundled.file,
          library.entries.map((entry) => entry.dataset),
        );
        setLocalDetails(client, merged.details);
        const index = meetingIndexOf(merged.file);
        return bundled.error ? { index, ...library, bundledError: bundled.error } : { index, ...library };
      },
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
};

/**
 * The merged atlas; loads once the bundled index has settled, with or without it (its error then
 * travels in `bundledError`).
 */
export function useAtlas(enabled: boolean, store: LibraryStore = browserLibrary()) {
  const client = useQueryClient();
  startFirstRead(store);
  return useQuery({ ...atlasQueries.view(client, store), enabled });
}

/** "Try again" for the bundled index: refetch it, then merge the library into what it gives. */
export function useRetryBundled(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(async () => {
    await client.refetchQueries({ queryKey: datasetQueries.index().queryKey, exact: true });

    await client.refetchQueries({ queryKey: atlasQueries.all() });
  }, [client]);
}

export interface LibraryActions {
  /** Stores the entries in one transaction; throws LibraryStorageError with a message to show. */
  save(entries: readonly LibraryEntry[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

/** Save and remove, each followed by a fresh merge of the atlas. */
export function useLibraryActions(store: LibraryStore = browserLibrary()): LibraryActions {
  const client = useQueryClient();
  return useMemo(() => {
    const refresh = () =>
      Promise.all([
        client.refetchQueries({ queryKey: atlasQueries.all() }),
        client.invalidateQueries({ queryKey: STORAGE_USE_KEY }),
      ]);
    return {
      async save(entries) {
        await store.save(entries);
        await refresh();
      },
      async remove(ids) {
        await store.remove(ids);
        await refresh();
      },
    };
  }, [client, store]);
}

/** How much this site stores (navigator.storage.estimate); refreshed after each save and removal. */
export function useStorageUse(enabled: boolean) {
  return useQuery({ queryKey: STORAGE_USE_KEY, queryFn: storageUse, enabled, retry: false });
}
