import { useCallback, type ReactNode } from "react";
import { clearFilters, hasActiveFilters } from "../domain/filters";
import type { MeetingSummary } from "../domain/index-schema";
import type { MeetingIndex } from "../domain/meeting-index";
import { serializeViewState, type ViewState } from "../domain/view-state";
import { ChronologyList } from "../features/chronology/chronology-list";
import { EmptyResult } from "../features/filters/empty-result";
import { FilterBar } from "../features/filters/filter-bar";
import { useMeetingFilters } from "../features/filters/use-meeting-filters";
import type { ViewStateApi } from "./use-view-state";

export interface FilteredMeetings {
  /** The meetings the timeline and the list show. */
  meetings: readonly MeetingSummary[];
  /** Words the search matched, for marking in the panel and the source viewer. */
  terms: readonly string[];
  /** The filter bar (with the empty-result notice under it when nothing is left). */
  filters: ReactNode;
  /** The chronology list. */
  list: ReactNode;
}

/**
 * Wires the filters (issue 4) to the URL: reads the filter parameters, hands the filtered meetings
 * to the timeline and the list, and writes every change back ("push" for choices so Back steps
 * through them, "replace" while typing).
 */
export function useFilteredMeetings(
  index: MeetingIndex,
  { state, update }: Pick<ViewStateApi, "state" | "update">,
  onOpenMeeting: (id: string) => void,
): FilteredMeetings {
  const model = useMeetingFilters(index, state);
  const clear = useCallback(() => update(clearFilters(state), { mode: "push" }), [state, update]);
  const hrefFor = useCallback(
    (id: string) => {
      const target: ViewState = {
        ...state,
        meeting: id,
        compare: undefined,
        accounts: undefined,
        readout: undefined,
        span: undefined,
      };
      return `${window.location.pathname}${serializeViewState(target)}`;
    },
    [state],
  );
  const empty = model.meetings.length === 0 && hasActiveFilters(state) && model.search !== "searching";

  return {
    meetings: model.meetings,
    terms: model.terms,
    filters: (
      <div className="space-y-3">
        <FilterBar
          state={state}
          catalogue={model.catalogue}
          counts={model.counts}
          shown={model.meetings.length}
          total={index.file.meetings.length}
          searching={model.search === "searching"}
          onChange={(patch, mode) => update(patch, { mode })}
          onClear={clear}
        />
        {empty && <EmptyResult onClear={clear} query={state.q} />}
      </div>
    ),
    list: (
      <ChronologyList
        index={index}
        meetings={model.meetings}
        selectedId={state.meeting}
        terms={model.terms}
        excerptOf={model.excerptOf}
        hrefFor={hrefFor}
        onSelect={onOpenMeeting}
        empty={<p className="text-sm text-slate-600 dark:text-slate-400">No meetings match the filters.</p>}
        onCompare={(pair) =>
          update({ compare: pair, meeting: undefined, readout: undefined, span: undefined }, { mode: "push" })
        }
      />
    ),
  };
}
