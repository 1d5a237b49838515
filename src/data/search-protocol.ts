/** Messages between the page and the search worker. */
import type { ReadoutDetail } from "../domain/index-schema";
import type { SearchAnswer, SearchMeeting } from "./search-engine";

export type SearchRequest =
  | { kind: "index"; shardUrls: string[]; meetings: SearchMeeting[]; local: ReadoutDetail[] }
  | { kind: "search"; id: number; query: string };

export type SearchResponse =
  | { kind: "ready" }
  | { kind: "result"; id: number; answer: SearchAnswer | null }
  | { kind: "failed"; id?: number; message: string };
