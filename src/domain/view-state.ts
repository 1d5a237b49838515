/**
 * The whole view state lives in the URL query string (docs/architecture.md, "The URL"); these parameter names are
 * a contract like the schema. Parsing is pure and total: unknown or malformed values are dropped
 * and reported as notices, never thrown, so any link opens something.
 */
import { keepAllowed, keepKnown, parseKnownId, parsePair, parseYear, quote, splitList } from "./query-values";
import { checkAgainstDataset } from "./view-state-checks";
import { MEETING_FORMATS, PERSPECTIVES, type MeetingFormat, type Perspective } from "./schema";
import { parseFormulation, parseMainView, type MainView } from "./view-state-formulation";

export interface ViewState {
  meeting?: string;
  compare?: [string, string];
  /** `accounts=<readout>,<readout>`: two accounts of the open meeting side by side (needs meeting=). */
  accounts?: [string, string];
  counterparts: string[];
  topics: string[];
  from?: number;
  to?: number;
  formats: MeetingFormat[];
  /**
   * Filters added after the first list of parameters (ADR 003). Optional so that view states written
   * before them stay valid; absent means "no filter", like an empty list.
   * `principal=` the Chinese principal, `with=` the counterpart's principal, `perspective=` a
   * readout perspective of the meeting.
   */
  principals?: string[];
  counterpartPrincipals?: string[];
  perspectives?: Perspective[];
  q?: string;
  /** `formulation=`: a normalised phrase; only meetings whose statements use it (ADR 010). */
  formulation?: string;
  /** `view=formulations`: the recurring phrases in the timeline's place (ADR 010). */
  view?: MainView;
  readout?: string;
  span?: [number, number];
}

/** What the URL may name, so ids can be checked against the dataset while parsing. */
export interface KnownIds {
  meetings: ReadonlySet<string>;
  parties: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  readouts: ReadonlySet<string>;
  /** Chinese principals (principal=); when absent, principal= is not checked. */
  principals?: ReadonlySet<string>;
  /** Counterparts' principals (with=); when absent, with= is checked against `principals`. */
  counterpartPrincipals?: ReadonlySet<string>;
  /** The first and last year with a meeting: from=/to= beyond them would show nothing. */
  years?: { first: number; last: number };
  /** Length of each readout's text, so span= can be checked. */
  readoutLengths?: ReadonlyMap<string, number>;
  /** The readouts of each meeting, so accounts= can be checked against meeting=. */
  meetingReadouts?: ReadonlyMap<string, readonly string[]>;
}

export interface ParsedViewState {
  state: ViewState;
  /** Human-readable reasons for every value that was dropped. */
  notices: string[];
}

export const EMPTY_VIEW_STATE: ViewState = { counterparts: [], topics: [], formats: [] };

const MAX_QUERY_LENGTH = 200;

/** Parses a query string (with or without "?") into a view state plus notices for what was dropped. */
export function parseViewState(search: string, known?: KnownIds): ParsedViewState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { counterparts: [], topics: [], formats: [] };

  const meeting = parseKnownId("meeting", params.get("meeting"), known?.meetings, notices);
  if (meeting) state.meeting = meeting;

  const compare = params.get("compare");
  const [first, second, ...rest] = splitList(compare);
  if (first && first === second && rest.length === 0 && (!known || known.meetings.has(first))) {
    // A self comparison still names a meeting worth showing: open it, unless meeting= names one.
    notices.push(
      `Ignored compare=${quote(compare!)}: it names the same meeting twice; showing that meeting.`,
    );
    state.meeting ??= first;
  } else state.compare = parsePair("compare", compare, "meeting", known?.meetings, notices);
  const accounts = parsePair("accounts", params.get("accounts"), "readout", known?.readouts, notices);
  if (accounts && !state.meeting)
    notices.push(
      `Ignored accounts=${quote(accounts.join(","))}: it compares the accounts of the meeting= it comes with.`,
    );
  else state.accounts = accounts;

  state.counterparts = keepKnown(
    "counterpart",
    splitList(params.get("counterpart")),
    known?.parties,
    notices,
  );
  state.topics = keepKnown("topic", splitList(params.get("topic")), known?.topics, notices);

  state.formats = keepAllowed("format", splitList(params.get("format")), MEETING_FORMATS, notices);

  const principals = keepKnown("principal", splitList(params.get("principal")), known?.principals, notices);
  if (principals.length) state.principals = principals;
  const counterpartPrincipals = keepKnown(
    "with",
    splitList(params.get("with")),
    known?.counterpartPrincipals ?? known?.principals,
    notices,
  );
  if (counterpartPrincipals.length) state.counterpartPrincipals = counterpartPrincipals;
  const perspectives = keepAllowed(
    "perspective",
    splitList(params.get("perspective")),
    PERSPECTIVES,
    notices,
  );
  if (perspectives.length) state.perspectives = perspectives;

  state.from = parseYear("from", params.get("from"), notices);
  state.to = parseYear("to", params.get("to"), notices);
  if (state.from !== undefined && state.to !== undefined && state.from > state.to) {
    notices.push(`Swapped from=${state.from} and to=${state.to}: the range ran backwards.`);
    [state.from, state.to] = [state.to, state.from];
  }

  const q = params.get("q");
  if (q !== null && q.trim() !== "") {
    if (q.length > MAX_QUERY_LENGTH) notices.push(`Shortened q to ${MAX_QUERY_LENGTH} characters.`);
    state.q = q.slice(0, MAX_QUERY_LENGTH);
  }

  state.formulation = parseFormulation(params.get("formulation"), notices);
  state.view = parseMainView(params.get("view"), notices);

  const readout = parseKnownId("readout", params.get("readout"), known?.readouts, notices);
  if (readout) state.readout = readout;
  const span = params.get("span");
  if (span) {
    const match = /^(\d{1,9})-(\d{1,9})$/.exec(span);
    if (!match || Number(match[1]) > Number(match[2]))
      notices.push(`Ignored span=${quote(span)}: expected start-end, e.g. 120-245.`);
    else if (!state.readout) notices.push(`Ignored span=${quote(span)}: it needs a readout= to point into.`);
    else state.span = [Number(match[1]), Number(match[2])];
  }

  if (known) checkAgainstDataset(state, known, notices);
  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key)) notices.push(`Ignored unknown parameter ${quote(key)}.`);
    else if (params.getAll(key).length > 1)
      notices.push(`Used the first ${key}= only: the link gives it ${params.getAll(key).length} times.`);
  }
  return { state, notices };
}

/** Every parameter name the URL may hold (README "Links"). */
export const KNOWN_PARAMS: ReadonlySet<string> = new Set([
  "meeting",
  "compare",
  "accounts",
  "counterpart",
  "topic",
  "from",
  "to",
  "format",
  "principal",
  "with",
  "perspective",
  "q",
  "formulation",
  "view",
  "readout",
  "span",
]);

/** Serialises a view state to a query string ("" for the empty state), in a stable parameter order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.meeting) params.set("meeting", state.meeting);
  if (state.compare) params.set("compare", state.compare.join(","));
  if (state.meeting && state.accounts) params.set("accounts", state.accounts.join(","));
  if (state.counterparts.length) params.set("counterpart", state.counterparts.join(","));
  if (state.topics.length) params.set("topic", state.topics.join(","));
  if (state.from !== undefined) params.set("from", String(state.from));
  if (state.to !== undefined) params.set("to", String(state.to));
  if (state.formats.length) params.set("format", state.formats.join(","));
  if (state.principals?.length) params.set("principal", state.principals.join(","));
  if (state.counterpartPrincipals?.length) params.set("with", state.counterpartPrincipals.join(","));
  if (state.perspectives?.length) params.set("perspective", state.perspectives.join(","));
  if (state.q) params.set("q", state.q);
  if (state.formulation) params.set("formulation", state.formulation);
  if (state.view) params.set("view", state.view);
  if (state.readout) params.set("readout", state.readout);
  if (state.readout && state.span) params.set("span", `${state.span[0]}-${state.span[1]}`);
  // Commas separate list values; keep them readable in shared links.
  const text = params.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}

// Named transitions: every way the app moves between views, as pure functions of the current state.
// Components call these instead of patching fields, so no path forgets to close what the new view
// replaces (a source viewer left open over a new meeting, accounts of a meeting no longer shown).

/** The detail pane's fields: which meeting, comparison, accounts or readout is open. */
const NO_DETAIL = {
  meeting: undefined,
  compare: undefined,
  accounts: undefined,
  readout: undefined,
  span: undefined,
} satisfies Partial<ViewState>;

/** Opens a meeting's panel, closing any comparison, accounts or readout; filters stay. */
export function openMeeting(state: ViewState, meetingId: string): ViewState {
  return { ...state, ...NO_DETAIL, meeting: meetingId };
}

/** Closes the open meeting and whatever was open over it (its accounts, a readout). */
export function closeMeeting(state: ViewState): ViewState {
  return { ...state, meeting: undefined, accounts: undefined, readout: undefined, span: undefined };
}

/** Two meetings side by side, in column order; replaces the open meeting or readout. */
export function openComparison(state: ViewState, meetingIds: readonly [string, string]): ViewState {
  return { ...state, ...NO_DETAIL, compare: [meetingIds[0], meetingIds[1]] };
}

/** The same comparison with its columns swapped. */
export function swapComparison(state: ViewState): ViewState {
  return state.compare ? { ...state, compare: [state.compare[1], state.compare[0]] } : state;
}

/** Leaves the comparison for the meeting of its first column, where "Compare with…" started. */
export function closeComparison(state: ViewState): ViewState {
  return state.compare ? openMeeting(state, state.compare[0]) : state;
}

/** Two readouts of one meeting side by side (`meeting=&accounts=`). */
export function openAccounts(
  state: ViewState,
  meetingId: string,
  readoutIds: readonly [string, string],
): ViewState {
  return { ...state, ...NO_DETAIL, meeting: meetingId, accounts: [readoutIds[0], readoutIds[1]] };
}

/** The same two accounts with their columns swapped. */
export function swapAccounts(state: ViewState): ViewState {
  return state.accounts ? { ...state, accounts: [state.accounts[1], state.accounts[0]] } : state;
}

/** Back from the accounts to the meeting's panel. */
export function closeAccounts(state: ViewState): ViewState {
  return { ...state, accounts: undefined };
}

/**
 * The source viewer over what is open (a meeting, a comparison), scrolled to a span when given;
 * closing it returns to that view.
 */
export function openSource(state: ViewState, readoutId: string, span?: readonly [number, number]): ViewState {
  return { ...state, readout: readoutId, span: span ? [span[0], span[1]] : undefined };
}

/** Closes the source viewer, back to the view it was opened over. */
export function closeSource(state: ViewState): ViewState {
  return { ...state, readout: undefined, span: undefined };
}

/** The recurring phrases in the timeline's place; filters and what is open stay. */
export function showFormulations(state: ViewState): ViewState {
  return { ...state, view: "formulations" };
}

/** Back to the timeline. */
export function showTimeline(state: ViewState): ViewState {
  return { ...state, view: undefined };
}

/** Narrows every view to the meetings using `phrase` (already normalised) and shows them on the timeline. */
export function chooseFormulation(state: ViewState, phrase: string): ViewState {
  return { ...state, formulation: phrase, view: undefined };
}

/** Tracks `phrase` (already normalised) in the Formulations view: it becomes the filter, the view stays. */
export function trackFormulation(state: ViewState, phrase: string): ViewState {
  return { ...state, formulation: phrase };
}

/** Drops the formulation filter; the view shown stays. */
export function clearFormulation(state: ViewState): ViewState {
  return { ...state, formulation: undefined };
}
