import type { MeetingIndex } from "../domain/meeting-index";
import { EmptyResult } from "../features/filters/empty-result";
import { FilterBar } from "../features/filters/filter-bar";
import type { FilteredMeetings } from "./use-filtered-meetings";
import type { ViewStateApi } from "./use-view-state";

interface FilterPaneProps extends Pick<ViewStateApi, "state" | "update"> {
  index: MeetingIndex;
  filtered: FilteredMeetings;
}

/**
 * The filter bar, and the empty-result notice under it when nothing is left. Choices are "push"
 * so Back steps through them; typing is "replace" (the filter bar says which).
 */
export function FilterPane({ index, filtered, state, update }: FilterPaneProps) {
  return (
    <div className="space-y-3">
      <FilterBar
        state={state}
        catalogue={filtered.catalogue}
        counts={filtered.counts}
        shown={filtered.meetings.length}
        total={index.file.meetings.length}
        searching={filtered.search === "searching"}
        formulationLabel={filtered.formulationLabel}
        onChange={(patch, mode) => update(patch, { mode })}
        onClear={filtered.clear}
      />
      {filtered.empty && (
        <EmptyResult
          onClear={filtered.clear}
          query={state.q}
          unusedFormulation={filtered.unusedFormulation}
        />
      )}
    </div>
  );
}
