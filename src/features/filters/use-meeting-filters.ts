import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { buildFacetCatalogue, type FacetCatalogue } from "../../domain/facets";
import { applyFilters, buildFacetRows, filtersFromViewState, type FacetCounts } from "../../domain/filters";
import type { Dataset, Meeting } from "../../domain/schema";
import { buildSearchIndex, type MeetingSearchIndex } from "../../domain/search";
import { serializeViewState, type ViewState } from "../../domain/view-state";

export interface MeetingFilterModel {
  /** The meetings every view shows: filtered, searched, in date order. */
  meetings: Meeting[];
  /** How many meetings each choice would give with the other filters applied. */
  counts: FacetCounts;
  catalogue: FacetCatalogue;
  /** Words the search matched, to mark in the list, the panel and the source viewer. */
  terms: string[];
  /** Why a meeting matched the search (the words around the match), or undefined. */
  excerptOf(meetingId: string): string | undefined;
}

// Built on the first search and kept for the dataset's lifetime: a query is then only a lookup.
const searchIndexes = new WeakMap<Dataset, MeetingSearchIndex>();
function searchIndexFor(dataset: Dataset): MeetingSearchIndex {
  let index = searchIndexes.get(dataset);
  if (!index) searchIndexes.set(dataset, (index = buildSearchIndex(dataset)));
  return index;
}

/** The filter part of a view state (what is open — meeting, comparison, source — left out). */
function filterFields(state: ViewState): ViewState {
  const { counterparts, topics, formats, principals, counterpartPrincipals, perspectives, from, to } = state;
  return { counterparts, topics, formats, principals, counterpartPrincipals, perspectives, from, to };
}

/** The one place where the view state becomes the set of meetings shown, so timeline, list and counts agree. */
export function useMeetingFilters(dataset: Dataset, state: ViewState): MeetingFilterModel {
  const rows = useMemo(() => buildFacetRows(dataset), [dataset]);
  // Build the search index while the browser is idle, so the first keystroke does not pay for it.
  useEffect(() => {
    const build = () => void searchIndexFor(dataset);
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(build, { timeout: 5000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(build, 500);
    return () => clearTimeout(timer);
  }, [dataset]);
  const catalogue = useMemo(() => buildFacetCatalogue(dataset, rows), [dataset, rows]);
  // The search runs at lower priority than typing, so the box never lags behind the keyboard.
  const query = useDeferredValue(state.q);
  const search = useMemo(() => (query ? searchIndexFor(dataset).search(query) : null), [dataset, query]);
  // Only the filter fields matter here; opening a meeting or a source must not hand every view a new
  // list (the timeline would re-stack all its items). Keep the previous fields while they are the same.
  const next = filterFields(state);
  const [fields, setFields] = useState(next);
  const sameFields = serializeViewState(fields) === serializeViewState(next);
  if (!sameFields) setFields(next);
  const current = sameFields ? fields : next;
  const result = useMemo(
    () => applyFilters(rows, filtersFromViewState(current, search?.meetingIds)),
    [rows, current, search],
  );
  const terms = useMemo(() => search?.terms ?? [], [search]);
  const excerptOf = useCallback(
    (meetingId: string) => searchIndexFor(dataset).excerpt(meetingId, terms)?.text,
    [dataset, terms],
  );
  return { meetings: result.meetings, counts: result.counts, catalogue, terms, excerptOf };
}
