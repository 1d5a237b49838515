/**
 * Full-text search over statements and readout text (issue 4). The index is built once per dataset;
 * each query is then a lookup, cheap enough to run on every keystroke.
 */
import MiniSearch from "minisearch";
import { mentionsAny } from "./highlight";
import type { Dataset, Meeting, Statement } from "./schema";
import { normaliseTerm, WORD_SEPARATOR } from "./terms";

interface SearchDocument {
  id: string;
  text: string;
}

export interface SearchResult {
  /** Meetings whose readouts contain every searchable word of the query. */
  meetingIds: ReadonlySet<string>;
  /** The indexed words that matched (normalised, after prefix and fuzzy expansion), for highlighting. */
  terms: string[];
}

export interface MeetingSearchIndex {
  /** Meetings matching every word of `query` (prefix and fuzzy); null when the query has no searchable word. */
  search(query: string): SearchResult | null;
}

const MIN_PREFIX_LENGTH = 2;
const MIN_FUZZY_LENGTH = 5;
const FUZZINESS = 0.2;

function tokenize(text: string): string[] {
  return text.split(WORD_SEPARATOR);
}

/**
 * Indexes one document per meeting: the title and text of each of its readouts. Every statement is
 * a span of its readout's text (the schema checks this), so statements are searched too without
 * being indexed twice; one document per meeting keeps the index small and lets a query's words
 * come from different readouts of the same meeting (one side's account and the other's).
 */
export function buildSearchIndex(dataset: Pick<Dataset, "meetings" | "readouts">): MeetingSearchIndex {
  const readouts = new Map(dataset.readouts.map((r) => [r.id, r]));
  const index = new MiniSearch<SearchDocument>({
    fields: ["text"],
    storeFields: [],
    tokenize,
    processTerm: normaliseTerm,
    searchOptions: {
      combineWith: "AND",
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZINESS : false),
    },
  });
  index.addAll(
    dataset.meetings.map((meeting) => ({
      id: meeting.id,
      text: meeting.readoutIds
        .map((id) => readouts.get(id))
        .map((readout) => (readout ? `${readout.title}\n${readout.text}` : ""))
        .join("\n\n"),
    })),
  );

  return {
    search(query) {
      if (!tokenize(query).some((word) => normaliseTerm(word) !== null)) return null;
      const meetingIds = new Set<string>();
      const terms = new Set<string>();
      for (const hit of index.search(query)) {
        meetingIds.add(String(hit.id));
        for (const term of hit.terms) terms.add(term);
      }
      return { meetingIds, terms: [...terms] };
    },
  };
}

/** The statements of a meeting that contain a matched term, in reading order (for a result's snippet). */
export function matchingStatements(meeting: Meeting, terms: readonly string[]): Statement[] {
  return terms.length ? meeting.statements.filter((statement) => mentionsAny(statement.text, terms)) : [];
}
