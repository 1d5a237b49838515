/**
 * Faceted filtering of meetings (issue 4). Within a facet group the chosen values are alternatives
 * (counterpart=russia,united-nations means either); across groups they all apply. The timeline,
 * the chronology list and the facet counts all read the result of one `applyFilters` call, so they
 * cannot disagree.
 */
import { CHINA, type Meeting, type MeetingFormat, type Perspective, type Readout } from "./schema";
import { GENERAL_REMARKS_TOPIC } from "./general-remarks";
import type { ViewState } from "./view-state";

/** The meeting fields filtering reads: a full Meeting or the index's summary both qualify. */
export type FacetMeeting = Pick<
  Meeting,
  "id" | "date" | "format" | "counterpart" | "sides" | "topics" | "readoutIds"
> & { generalRemarks?: true };

/** What one meeting offers each facet group, derived once per dataset so filtering never looks anything up. */
export interface MeetingFacets<M extends FacetMeeting = FacetMeeting> {
  meeting: M;
  year: number;
  /** The year as the facet counts key it, kept to avoid a string per meeting per change. */
  yearLabel: string;
  counterpart: string;
  counterpartPrincipal: string | undefined;
  chinesePrincipal: string | undefined;
  format: MeetingFormat;
  topics: readonly string[];
  perspectives: readonly Perspective[];
}

export interface MeetingFilters {
  counterparts: readonly string[];
  counterpartPrincipals: readonly string[];
  /** Chinese principals. */
  principals: readonly string[];
  topics: readonly string[];
  /** Inclusive year range; either end may be open. */
  from?: number;
  to?: number;
  formats: readonly MeetingFormat[];
  perspectives: readonly Perspective[];
  /** Meeting ids the text search matched; undefined when nobody searched. Not a facet: it narrows every count. */
  matching?: ReadonlySet<string>;
}

export const NO_FILTERS: MeetingFilters = {
  counterparts: [],
  counterpartPrincipals: [],
  principals: [],
  topics: [],
  formats: [],
  perspectives: [],
};

export type FacetGroup =
  "counterpart" | "counterpartPrincipal" | "principal" | "topic" | "year" | "format" | "perspective";

/** For each group, how many meetings each value would give with the *other* groups' filters applied. */
export type FacetCounts = Record<FacetGroup, Map<string, number>>;

export interface FilterResult<M extends FacetMeeting = FacetMeeting> {
  /** The matching meetings, in date order. */
  meetings: M[];
  counts: FacetCounts;
}

/** Derives every meeting's facet values, sorted by date then id. Call once per dataset. */
export function buildFacetRows<M extends FacetMeeting>(dataset: {
  meetings: readonly M[];
  readouts: readonly Pick<Readout, "id" | "perspective">[];
}): MeetingFacets<M>[] {
  const perspectiveOf = new Map(dataset.readouts.map((r) => [r.id, r.perspective]));
  return dataset.meetings
    .map((meeting): MeetingFacets<M> => {
      const perspectives = new Set<Perspective>();
      for (const id of meeting.readoutIds) {
        const perspective = perspectiveOf.get(id);
        if (perspective) perspectives.add(perspective);
      }
      return {
        meeting,
        year: Number(meeting.date.slice(0, 4)),
        yearLabel: meeting.date.slice(0, 4),
        counterpart: meeting.counterpart,
        counterpartPrincipal: meeting.sides.find((s) => s.party === meeting.counterpart)?.principal,
        chinesePrincipal: meeting.sides.find((s) => s.party === CHINA)?.principal,
        format: meeting.format,
        // "General remarks" filters like a topic: the index marks meetings that have some.
        topics: meeting.generalRemarks ? [...meeting.topics, GENERAL_REMARKS_TOPIC] : meeting.topics,
        perspectives: [...perspectives],
      };
    })
    .sort((a, b) =>
      a.meeting.date === b.meeting.date
        ? compare(a.meeting.id, b.meeting.id)
        : compare(a.meeting.date, b.meeting.date),
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The filters a view state asks for (the URL is the only source of filter state). */
export function filtersFromViewState(state: ViewState, matching?: ReadonlySet<string>): MeetingFilters {
  return {
    counterparts: state.counterparts,
    counterpartPrincipals: state.counterpartPrincipals ?? [],
    principals: state.principals ?? [],
    topics: state.topics,
    from: state.from,
    to: state.to,
    formats: state.formats,
    perspectives: state.perspectives ?? [],
    matching,
  };
}

/** True when the view state narrows the meetings at all (filters or a search). */
export function hasActiveFilters(state: ViewState): boolean {
  return (
    state.counterparts.length > 0 ||
    state.topics.length > 0 ||
    state.formats.length > 0 ||
    (state.principals?.length ?? 0) > 0 ||
    (state.counterpartPrincipals?.length ?? 0) > 0 ||
    (state.perspectives?.length ?? 0) > 0 ||
    state.from !== undefined ||
    state.to !== undefined ||
    state.q !== undefined ||
    state.formulation !== undefined
  );
}

/** The view state with every filter and the search removed; what is open (meeting, comparison, source) and the view shown stay. */
export function clearFilters(state: ViewState): ViewState {
  const { meeting, compare, readout, span, view } = state;
  // Every filter key is present (undefined when unset): the app merges this over the URL state, so an
  // absent key would keep its old value.
  const cleared: ViewState = {
    counterparts: [],
    topics: [],
    formats: [],
    principals: undefined,
    counterpartPrincipals: undefined,
    perspectives: undefined,
    from: undefined,
    to: undefined,
    q: undefined,
    formulation: undefined,
  };
  if (meeting !== undefined) cleared.meeting = meeting;
  if (compare !== undefined) cleared.compare = compare;
  if (readout !== undefined) cleared.readout = readout;
  if (span !== undefined) cleared.span = span;
  if (view !== undefined) cleared.view = view;
  return cleared;
}

/** One facet group as data: whether it is active, whether a meeting passes it, and which values the meeting has. */
interface GroupRule {
  group: FacetGroup;
  active: boolean;
  passes(row: MeetingFacets): boolean;
  values(row: MeetingFacets): Iterable<string>;
}

/** A group over a single value per meeting (counterpart, format …). */
function oneOf(
  chosen: readonly string[],
  pick: (row: MeetingFacets) => string | undefined,
): Omit<GroupRule, "group"> {
  const set = new Set(chosen);
  return {
    active: set.size > 0,
    passes: (row) => {
      const value = pick(row);
      return value !== undefined && set.has(value);
    },
    values: (row) => {
      const value = pick(row);
      return value === undefined ? [] : [value];
    },
  };
}

/** A group over several values per meeting (topics, perspectives): a meeting passes if it has any chosen value. */
function anyOf(
  chosen: readonly string[],
  pick: (row: MeetingFacets) => readonly string[],
): Omit<GroupRule, "group"> {
  const set = new Set(chosen);
  return {
    active: set.size > 0,
    passes: (row) => pick(row).some((value) => set.has(value)),
    values: pick,
  };
}

function rulesFor(filters: MeetingFilters): GroupRule[] {
  const { from, to } = filters;
  return [
    { group: "counterpart", ...oneOf(filters.counterparts, (r) => r.counterpart) },
    { group: "counterpartPrincipal", ...oneOf(filters.counterpartPrincipals, (r) => r.counterpartPrincipal) },
    { group: "principal", ...oneOf(filters.principals, (r) => r.chinesePrincipal) },
    { group: "topic", ...anyOf(filters.topics, (r) => r.topics) },
    {
      group: "year",
      active: from !== undefined || to !== undefined,
      passes: (r) => (from === undefined || r.year >= from) && (to === undefined || r.year <= to),
      values: (r) => [r.yearLabel],
    },
    { group: "format", ...oneOf(filters.formats, (r) => r.format) },
    { group: "perspective", ...anyOf(filters.perspectives, (r) => r.perspectives) },
  ];
}

function emptyCounts(): FacetCounts {
  return {
    counterpart: new Map(),
    counterpartPrincipal: new Map(),
    principal: new Map(),
    topic: new Map(),
    year: new Map(),
    format: new Map(),
    perspective: new Map(),
  };
}

/**
 * Filters the meetings and counts every facet value in a single pass. A meeting that fails no group
 * is a result and counts in every group; one that fails exactly one group counts only in that group
 * (choosing another value there would bring it in); one that fails two or more counts nowhere.
 * Linear in meetings × values per meeting, so it can run on every change for 10,000 meetings.
 */
export function applyFilters<M extends FacetMeeting>(
  rows: readonly MeetingFacets<M>[],
  filters: MeetingFilters,
): FilterResult<M> {
  const rules = rulesFor(filters);
  const active = rules.filter((rule) => rule.active);
  const counts = emptyCounts();
  const meetings: M[] = [];
  const tally = (rule: GroupRule, row: MeetingFacets<M>) => {
    const map = counts[rule.group];
    for (const value of rule.values(row)) map.set(value, (map.get(value) ?? 0) + 1);
  };

  for (const row of rows) {
    if (filters.matching && !filters.matching.has(row.meeting.id)) continue;
    let failed: GroupRule | undefined;
    let failures = 0;
    for (const rule of active) {
      if (!rule.passes(row)) {
        failed = rule;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      meetings.push(row.meeting);
      for (const rule of rules) tally(rule, row);
    } else if (failures === 1 && failed) {
      tally(failed, row);
    }
  }
  return { meetings, counts };
}
