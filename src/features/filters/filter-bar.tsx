import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Button } from "../../components/button";
import type { FacetCatalogue } from "../../domain/facets";
import type { FacetCounts } from "../../domain/filters";
import type { MeetingFormat, Perspective } from "../../domain/schema";
import { yearRangeLabel } from "../../domain/labels";
import type { ViewState } from "../../domain/view-state";
import { ActiveFilters, type ActiveFilter } from "./active-filters";
import { usePanelFocus } from "./panel-focus";
import { Checklist, CounterpartChecklist, TopicChecklist, type ChecklistProps } from "./facet-panels";
import { SearchBox } from "./search-box";
import { YearRange } from "./year-range";
import { countOf } from "../../domain/plural";

export type FilterChangeMode = "push" | "replace";

export interface FilterBarProps {
  state: ViewState;
  catalogue: FacetCatalogue;
  counts: FacetCounts;
  /** Meetings shown now, and in the whole dataset. */
  shown: number;
  total: number;
  /** True while the search has no answer yet (the readouts are being indexed). */
  searching?: boolean;
  /** The formulation's label as first spelled; its chip shows the folded key from the URL until then. */
  formulationLabel?: string;
  /** Writes filter changes to the view state: "push" for a choice (Back undoes it), "replace" while typing. */
  onChange(patch: Partial<ViewState>, mode: FilterChangeMode): void;
  onClear(): void;
}

type GroupId = "counterpart" | "principal" | "topic" | "format" | "perspective";

interface FilterGroup {
  id: GroupId;
  label: string;
  /** How many of its choices are chosen, shown on its button. */
  chosen: number;
  panel: ReactNode;
}

/** A group whose panel is one flat checklist. */
function checklistGroup(
  id: GroupId,
  label: string,
  legend: string,
  list: Omit<ChecklistProps, "legend">,
): FilterGroup {
  return { id, label, chosen: list.selected.length, panel: <Checklist legend={legend} {...list} /> };
}

/**
 * Search, year range and the facet groups. Each group opens below the bar (one at a time) so the
 * page stays calm; what is chosen shows as removable chips whether a group is open or not.
 */
export function FilterBar({
  state,
  catalogue,
  counts,
  shown,
  total,
  searching,
  formulationLabel,
  onChange,
  onClear,
}: FilterBarProps) {
  const [open, setOpen] = useState<GroupId | null>(null);
  const panelId = useId();
  const toggles = useRef(new Map<GroupId, HTMLButtonElement>());
  const principals = state.principals ?? [];
  const counterpartPrincipals = state.counterpartPrincipals ?? [];
  const perspectives = state.perspectives ?? [];
  const active = useMemo(
    () => activeFilters(state, catalogue, formulationLabel),
    [state, catalogue, formulationLabel],
  );

  const groups: FilterGroup[] = [
    {
      id: "counterpart",
      label: "Counterpart",
      chosen: state.counterparts.length + counterpartPrincipals.length,
      panel: (
        <CounterpartChecklist
          choices={catalogue.counterparts}
          parties={state.counterparts}
          principals={counterpartPrincipals}
          partyCounts={counts.counterpart}
          principalCounts={counts.counterpartPrincipal}
          onChange={(patch) => onChange(patch, "push")}
        />
      ),
    },
    checklistGroup("principal", "Chinese principal", "Chinese principal", {
      choices: catalogue.principals,
      selected: principals,
      counts: counts.principal,
      onChange: (selected) => onChange({ principals: selected }, "push"),
    }),
    {
      id: "topic",
      label: "Topic",
      chosen: state.topics.length,
      panel: (
        <TopicChecklist
          groups={catalogue.topicGroups}
          selected={state.topics}
          counts={counts.topic}
          onChange={(topics) => onChange({ topics }, "push")}
        />
      ),
    },
    checklistGroup("format", "Format", "Format", {
      choices: catalogue.formats,
      selected: state.formats,
      counts: counts.format,
      onChange: (selected) => onChange({ formats: selected as MeetingFormat[] }, "push"),
    }),
    checklistGroup("perspective", "Readout from", "Readout perspective", {
      choices: catalogue.perspectives,
      selected: perspectives,
      counts: counts.perspective,
      onChange: (selected) => onChange({ perspectives: selected as Perspective[] }, "push"),
    }),
  ];
  const openGroup = groups.find((g) => g.id === open);
  const focus = usePanelFocus(
    open,
    panelId,
    toggles,
    groups.map((g) => g.id),
  );

  // Escape closes the open group and returns to its button, as for a disclosure menu: from inside
  // the group, and from the button itself (where focus stays after a click opens it).
  const closeOnEscape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || !openGroup) return;
    const toggle = toggles.current.get(openGroup.id);
    const target = event.target as Node;
    if (target !== toggle && !document.getElementById(panelId)?.contains(target)) return;
    event.preventDefault();
    setOpen(null);
    toggle?.focus();
  };

  return (
    <div
      onKeyDown={closeOnEscape}
      className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <SearchBox
          value={state.q}
          onChange={(q, startsEdit) => onChange({ q }, startsEdit ? "push" : "replace")}
        />
        <YearRange
          years={catalogue.years}
          from={state.from}
          to={state.to}
          counts={counts.year}
          onChange={(range) => onChange(range, "push")}
        />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        {groups.map((group) => (
          <button
            key={group.id}
            ref={(button) => {
              if (button) toggles.current.set(group.id, button);
              else toggles.current.delete(group.id);
            }}
            type="button"
            aria-expanded={open === group.id}
            aria-controls={open === group.id ? panelId : undefined}
            onClick={(event) => {
              focus.opened(event.detail);
              setOpen(open === group.id ? null : group.id);
            }}
            className={`inline-flex cursor-pointer items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${
              open === group.id
                ? "border-blue-600 bg-blue-50 text-blue-900 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-100"
                : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
            }`}
          >
            {group.label}
            {group.chosen > 0 && (
              <span className="rounded-full bg-blue-700 px-1.5 text-xs text-white tabular-nums dark:bg-blue-300 dark:text-blue-950">
                {group.chosen}
                <span className="sr-only"> chosen</span>
              </span>
            )}
            <svg
              aria-hidden="true"
              viewBox="0 0 12 12"
              className={`size-3 transition-transform ${open === group.id ? "rotate-180" : ""}`}
            >
              <path
                d="M2.5 4.5 6 8l3.5-3.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
                strokeLinecap="round"
              />
            </svg>
          </button>
        ))}
        {/* Not a live region of its own: the app's one announcer says how many meetings the filters leave. */}
        <p className="ml-auto text-sm text-slate-700 tabular-nums dark:text-slate-300">
          {searching
            ? "Searching the readouts…"
            : shown === total
              ? total === 1
                ? "1 meeting"
                : `All ${countOf(total, "meeting")}`
              : `${shown} of ${countOf(total, "meeting")}`}
        </p>
        {active.length > 0 && <Button onClick={onClear}>Clear all filters</Button>}
      </div>
      {active.length > 0 && (
        <ActiveFilters filters={active} onRemove={(filter) => onChange(filter.remove(state), "push")} />
      )}
      {openGroup && (
        <div
          id={panelId}
          role="region"
          aria-label={`${openGroup.label} filter`}
          onKeyDown={focus.onPanelKeyDown}
          className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800"
        >
          {openGroup.panel}
        </div>
      )}
    </div>
  );
}

/** The view-state fields that hold lists of chosen ids, each with its chip's key prefix and group name. */
const LIST_FILTERS = [
  { field: "counterparts", key: "c", group: "Counterpart" },
  { field: "counterpartPrincipals", key: "w", group: "Counterpart principal" },
  { field: "principals", key: "p", group: "Chinese principal" },
  { field: "topics", key: "t", group: "Topic" },
  { field: "formats", key: "f", group: "Format" },
  { field: "perspectives", key: "v", group: "Readout from" },
] as const satisfies readonly { field: keyof ViewState; key: string; group: string }[];

/** Every chosen value as a chip: its label and how to take it out of the view state. */
function activeFilters(
  state: ViewState,
  catalogue: FacetCatalogue,
  formulationLabel?: string,
): ActiveFilter[] {
  const labels = new Map<string, string>();
  for (const party of catalogue.counterparts) {
    labels.set(party.id, party.label);
    for (const person of party.principals) labels.set(person.id, person.label);
  }
  for (const person of catalogue.principals) labels.set(person.id, person.label);
  for (const group of catalogue.topicGroups)
    for (const topic of group.topics) labels.set(topic.id, topic.label);
  for (const choice of [...catalogue.formats, ...catalogue.perspectives]) labels.set(choice.id, choice.label);
  const label = (id: string) => labels.get(id) ?? id;
  const without = (list: readonly string[] | undefined, id: string) => (list ?? []).filter((v) => v !== id);

  const chips: ActiveFilter[] = [];
  for (const { field, key, group } of LIST_FILTERS)
    for (const id of state[field] ?? [])
      chips.push({
        key: `${key}:${id}`,
        group,
        label: label(id),
        remove: (s) => ({ [field]: without(s[field], id) }),
      });
  if (state.from !== undefined || state.to !== undefined) {
    chips.push({
      key: "years",
      group: "Years",
      label: yearRangeLabel(state.from, state.to),
      remove: () => ({ from: undefined, to: undefined }),
    });
  }
  if (state.q)
    chips.push({ key: "q", group: "Search", label: quoted(state.q), remove: () => ({ q: undefined }) });
  if (state.formulation)
    chips.push({
      key: "formulation",
      group: "Formulation",
      label: `“${formulationLabel ?? state.formulation}”`,
      remove: () => ({ formulation: undefined }),
    });
  return chips;
}

/** The search in curly quotes; a phrase the user quoted already keeps one pair (not “"…"”). */
function quoted(q: string): string {
  const phrase = /^\s*["“](.*)["”]\s*$/.exec(q);
  return `“${phrase && !/["“”]/.test(phrase[1]!) ? phrase[1] : q}”`;
}
