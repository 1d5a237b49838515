/**
 * The atlas the app shows: the bundled meeting index with the user's library merged in (issue 9).
 * The merge runs in the query function, which hands the library's readout details to the local
 * shard before the merged index is returned, so no view ever sees a library meeting whose details
 * are missing. Saving and removing write IndexedDB in one transaction, then refetch the atlas.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { LibraryEntry, LibraryProblem } from "../domain/library";
import { mergeDatasetFragment, type MeetingIndex } from "../domain/meeting-index";
import { datasetQueries, meetingIndexOf } from "./dataset-queries";
import { setLocalDetails } from "./detail-queries";
import { indexedDbLibrary, memoryLibrary, storageUse, type LibraryStore } from "./library-store";

export interface Atlas {
  index: MeetingIndex;
  entries: LibraryEntry[];
  /** Damaged stored entries, or a library that could not be read at all. */
  problems: LibraryProblem[];
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
        const [bundled, library] = await Promise.all([
          client.ensureQueryData(datasetQueries.index()),
          readEntries(store),
        ]);
        const merged = mergeDatasetFragment(
          bundled,
          library.entries.map((entry) => entry.dataset),
        );
        setLocalDetails(client, merged.details);
        return { index: meetingIndexOf(merged.file), ...library };
      },
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
};

/** The merged atlas; loads after the bundled index (whose errors the app shows as before). */
export function useAtlas(enabled: boolean, store: LibraryStore = browserLibrary()) {
  const client = useQueryClient();
  startFirstRead(store);
  return useQuery({ ...atlasQueries.view(client, store), enabled });
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
