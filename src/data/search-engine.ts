/**
 * The full-text search the worker runs (and the page itself where no Worker exists, as in jsdom):
 * loads every detail shard, indexes one document per meeting (domain/search) and answers queries
 * with the matching meetings, the matched terms and an excerpt of why each matched.
 */
import type { DetailShard, ReadoutDetail } from "../domain/index-schema";
import { salvageDetailShard } from "../domain/parse-dataset";
import type { Meeting } from "../domain/schema";
import { buildSearchIndex } from "../domain/search";
import { meetingStatements } from "../domain/split-dataset";

export type SearchMeeting = Pick<Meeting, "id" | "readoutIds">;

export interface SearchAnswer {
  meetingIds: string[];
  terms: string[];
  /** Why each matching meeting matched: the words around its first match (domain/search excerpts). */
  excerpts: [meetingId: string, excerpt: string][];
}

export interface SearchEngine {
  /** null when the query has no searchable word. */
  search(query: string): SearchAnswer | null;
}

export function createSearchEngine(
  summaries: readonly SearchMeeting[],
  details: readonly ReadoutDetail[],
): SearchEngine {
  const byReadout = new Map(details.map((d) => [d.readout.id, d]));
  // A meeting owns its statements (domain/meeting-text): rebuild them from the loaded details.
  const meetings = summaries.map(({ id, readoutIds }) => ({
    id,
    readoutIds,
    statements: meetingStatements({ id, readoutIds }, byReadout) ?? [],
  }));
  const index = buildSearchIndex({ meetings, readouts: details.map((d) => d.readout) });
  return {
    search(query) {
      const result = index.search(query);
      if (!result) return null;
      const excerpts: SearchAnswer["excerpts"] = [];
      for (const id of result.meetingIds) {
        const excerpt = index.excerpt(id, result.terms);
        if (excerpt) excerpts.push([id, excerpt.text]);
      }
      return { meetingIds: [...result.meetingIds], terms: result.terms, excerpts };
    },
  };
}

/** Fetches and validates one shard by URL (the worker has no query cache). */
export async function fetchShardByUrl(url: string): Promise<DetailShard> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} for search: HTTP ${response.status}`);
  // Search what is sound: a broken record is left out here as in the views (salvageDetailShard).
  return salvageDetailShard(await response.text(), url);
}

/** Loads every shard, then builds the engine (in the worker: off the main thread). */
export async function loadSearchEngine(
  shards: readonly string[],
  loadShard: (shard: string) => Promise<DetailShard>,
  meetings: readonly SearchMeeting[],
  local: readonly ReadoutDetail[],
): Promise<SearchEngine> {
  const loaded = await Promise.all(shards.map(loadShard));
  return createSearchEngine(meetings, [...loaded.flatMap((s) => s.readouts), ...local]);
}
