import type { ViewState } from "../../domain/view-state";

export interface ActiveFilter {
  key: string;
  /** The filter group, for screen readers ("Remove Topic: Ukraine crisis"). */
  group: string;
  label: string;
  /** The patch that takes this value out of the view state. */
  remove(state: ViewState): Partial<ViewState>;
}

/** The chosen values as chips; each chip is a button that removes its value. */
export function ActiveFilters({
  filters,
  onRemove,
}: {
  filters: readonly ActiveFilter[];
  onRemove(filter: ActiveFilter): void;
}) {
  return (
    <ul aria-label="Active filters" className="mt-2 flex flex-wrap gap-1.5">
      {filters.map((filter) => (
        // min-w-0: a flex item is as wide as its content by default, so a long search would widen
        // the page before the chip's own max width could cut it.
        <li key={filter.key} className="min-w-0 max-w-full">
          <button
            type="button"
            onClick={() => onRemove(filter)}
            aria-label={`Remove ${filter.group}: ${filter.label}`}
            title={`${filter.group}: ${filter.label}`}
            className="inline-flex max-w-[min(100%,36rem)] cursor-pointer items-center gap-1 rounded-full border border-blue-200 bg-blue-50 py-0.5 pr-1.5 pl-2.5 text-xs font-medium text-blue-900 hover:border-blue-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-100 dark:hover:border-blue-500"
          >
            <span className="truncate">
              <span className="text-blue-700 dark:text-blue-300">{filter.group}:</span> {filter.label}
            </span>
            <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 shrink-0">
              <path d="m3 3 6 6M9 3 3 9" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            </svg>
          </button>
        </li>
      ))}
    </ul>
  );
}
