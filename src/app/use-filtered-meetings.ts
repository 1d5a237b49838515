import { useCallback } from "react";
import type { MeetingIndex } from "../domain/meeting-index";
import { clearFilters, hasActiveFilters } from "../domain/filters";
import { openMeeting, serializeViewState } from "../domain/view-state";
import { useMeetingFilters, type MeetingFilterModel } from "../features/filters/use-meeting-filters";
import type { ViewStateApi } from "./use-view-state";

export interface FilteredMeetings extends MeetingFilterModel {
  /** True when filters are set and leave no meeting (the filter pane says so, with a way out). */
  empty: boolean;
  /** Clears every filter (one Back step). */
  clear(): void;
  /** The link of a meeting in the list: this view with that meeting open. */
  hrefFor(meetingId: string): string;
}

/**
 * Wires the filters (issue 4) to the URL: reads the filter parameters, gives the filtered meetings
 * to the timeline and the list, and says how to clear them and link a meeting. Data only; the
 * explorer renders FilterPane and the list with it.
 */
export function useFilteredMeetings(
  index: MeetingIndex,
  { state, update }: Pick<ViewStateApi, "state" | "update">,
): FilteredMeetings {
  const model = useMeetingFilters(index, state);
  const clear = useCallback(() => update(clearFilters(state), { mode: "push" }), [state, update]);
  const hrefFor = useCallback(
    (id: string) => `${window.location.pathname}${serializeViewState(openMeeting(state, id))}`,
    [state],
  );
  const empty = model.meetings.length === 0 && hasActiveFilters(state) && model.search !== "searching";
  return { ...model, empty, clear, hrefFor };
}
