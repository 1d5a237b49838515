import { useCallback, useMemo, useState } from "react";
import { useMeetingSearch } from "../../data/meeting-search";
import type { FormulationClient } from "../../data/formulation-client";
import { useFormulationClient, useTrackedPhrase } from "../../data/formulation-queries";
import { excerptAround } from "../../domain/excerpt";
import type { FacetCatalogue } from "../../domain/facets";
import { applyFilters, filtersFromViewState, type FacetCounts } from "../../domain/filters";
import type { MeetingSummary } from "../../domain/index-schema";
import type { MeetingIndex } from "../../domain/meeting-index";
import { serializeViewState, type ViewState } from "../../domain/view-state";

export interface MeetingFilterModel {
  /** The meetings every view shows: filtered, searched, in date order. */
  meetings: MeetingSummary[];
  /** How many meetings each choice would give with the other filters applied. */
  counts: FacetCounts;
  catalogue: FacetCatalogue;
  /** Words the search matched, to mark in the list, the panel and the source viewer. */
  terms: string[];
  /** Why a meeting matched the search or uses the formulation (the words around it), or undefined. */
  excerptOf(meetingId: string): string | undefined;
  /** "searching" while the readouts are being indexed or the current query has no answer yet. */
  search: "idle" | "searching" | "ready" | "error";
  /** The formulation worker of this dataset, once the tracker is wanted (a formulation= or its view). */
  formulations: FormulationClient | undefined;
  /** The formulation= phrase as the readouts first spell it, once tracked (the URL holds its folded key). */
  formulationLabel: string | undefined;
  /** The formulation= phrase when the tracker found no meeting using it in the whole dataset. */
  unusedFormulation: string | undefined;
}

const NO_MATCH: ReadonlySet<string> = new Set();
const NO_EXCERPTS: ReadonlyMap<string, string> = new Map();

/** The filter part of a view state (what is open — meeting, comparison, source — left out). */
function filterFields(state: ViewState): ViewState {
  const { counterparts, topics, formats, principals, counterpartPrincipals, perspectives, from, to } = state;
  const { formulation } = state;
  return {
    counterparts,
    topics,
    formats,
    principals,
    counterpartPrincipals,
    perspectives,
    from,
    to,
    formulation,
  };
}

/** The one place where the view state becomes the set of meetings shown, so timeline, list and counts agree. */
export function useMeetingFilters(index: MeetingIndex, state: ViewState): MeetingFilterModel {
  const { facetRows: rows, facetCatalogue: catalogue } = index;
  // The search runs in a worker (data/meeting-search); until its first answer nothing matches.
  const search = useMeetingSearch(index, state.q);
  const answer = search.answer;
  // formulation= (issue 13) narrows like the search: to the meetings whose statements use the phrase.
  const formulations = useFormulationClient(
    index,
    Boolean(state.formulation) || state.view === "formulations",
  );
  const tracked = useTrackedPhrase(formulations, state.formulation);
  const uses = tracked.data && !tracked.isPlaceholderData ? tracked.data : undefined;
  const matching = useMemo(() => {
    const searched = answer ? new Set(answer.meetingIds) : undefined;
    if (!state.formulation) return searched;
    const using = new Set(uses?.meetingIds ?? []);
    return searched ? new Set([...using].filter((id) => searched.has(id))) : using;
  }, [answer, uses, state.formulation]);
  const excerpts = useMemo(() => (answer ? new Map(answer.excerpts) : NO_EXCERPTS), [answer]);
  // A meeting listed for its formulation shows, like a search hit, the words around its first use.
  const usedIn = useMemo(() => {
    const around = new Map<string, string>();
    for (const use of uses?.uses ?? [])
      if (!around.has(use.meetingId))
        around.set(use.meetingId, excerptAround(use.text, [uses!.phrase]) ?? use.text);
    return around;
  }, [uses]);
  const excerptOf = useCallback(
    (meetingId: string) => excerpts.get(meetingId) ?? usedIn.get(meetingId),
    [excerpts, usedIn],
  );
  // Only the filter fields matter here; opening a meeting or a source must not hand every view a new
  // list (the timeline would re-stack all its items). Keep the previous fields while they are the same.
  const next = filterFields(state);
  const [fields, setFields] = useState(next);
  const sameFields = serializeViewState(fields) === serializeViewState(next);
  if (!sameFields) setFields(next);
  const current = sameFields ? fields : next;
  const tracking = Boolean(state.formulation) && uses === undefined && !tracked.isError;
  const searching = (Boolean(state.q) && answer === undefined) || tracking;
  const result = useMemo(
    () => applyFilters(rows, filtersFromViewState(current, searching ? NO_MATCH : matching)),
    [rows, current, matching, searching],
  );
  return {
    meetings: result.meetings,
    counts: result.counts,
    catalogue,
    terms: useMemo(
      () => [...(answer?.terms ?? []), ...(state.formulation ? [state.formulation] : [])],
      [answer, state.formulation],
    ),
    excerptOf,
    search: tracking ? "searching" : search.status,
    formulations,
    formulationLabel: uses?.label,
    unusedFormulation: state.formulation && uses?.meetingIds.length === 0 ? state.formulation : undefined,
  };
}
