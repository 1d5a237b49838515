/**
 * The whole view state lives in the URL query string (DESIGN.md "App"); these parameter names are
 * a contract like the schema. Parsing is pure and total: unknown or malformed values are dropped
 * and reported as notices, never thrown, so any link opens something.
 */
import type { MeetingFormat } from "./schema";

export interface ViewState {
  meeting?: string;
  compare?: [string, string];
  counterparts: string[];
  topics: string[];
  from?: number;
  to?: number;
  formats: MeetingFormat[];
  q?: string;
  readout?: string;
  span?: [number, number];
}

/** What the URL may name, so ids can be checked against the dataset while parsing. */
export interface KnownIds {
  meetings: ReadonlySet<string>;
  parties: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  readouts: ReadonlySet<string>;
}

export interface ParsedViewState {
  state: ViewState;
  /** Human-readable reasons for every value that was dropped. */
  notices: string[];
}

export const EMPTY_VIEW_STATE: ViewState = { counterparts: [], topics: [], formats: [] };

const FORMATS: readonly MeetingFormat[] = ["in-person", "video", "phone"];
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;
const MAX_QUERY_LENGTH = 200;

/** Shows a dropped value in a notice without letting a huge or odd value flood the screen. */
function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short);
}

function splitList(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

function parseYear(name: string, value: string | null, notices: string[]): number | undefined {
  if (value === null || value === "") return undefined;
  if (!/^\d{4}$/.test(value) || Number(value) < MIN_YEAR || Number(value) > MAX_YEAR) {
    notices.push(`Ignored ${name}=${quote(value)}: expected a year such as 2019.`);
    return undefined;
  }
  return Number(value);
}

function keepKnown(name: string, values: string[], known: ReadonlySet<string> | undefined, notices: string[]): string[] {
  const kept: string[] = [];
  for (const value of values) {
    if (known && !known.has(value)) notices.push(`Ignored ${name}=${quote(value)}: no such ${name} in the dataset.`);
    else if (!kept.includes(value)) kept.push(value);
  }
  return kept;
}

/** Parses a query string (with or without "?") into a view state plus notices for what was dropped. */
export function parseViewState(search: string, known?: KnownIds): ParsedViewState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { counterparts: [], topics: [], formats: [] };

  const meeting = params.get("meeting");
  if (meeting) {
    if (known && !known.meetings.has(meeting)) notices.push(`Ignored meeting=${quote(meeting)}: no such meeting in the dataset.`);
    else state.meeting = meeting;
  }

  const compare = params.get("compare");
  if (compare) {
    const ids = splitList(compare);
    const unknown = ids.filter((id) => known && !known.meetings.has(id));
    if (ids.length !== 2 || ids[0] === ids[1]) notices.push(`Ignored compare=${quote(compare)}: expected two different meeting ids separated by a comma.`);
    else if (unknown.length > 0) notices.push(`Ignored compare=${quote(compare)}: no such meeting ${unknown.map(quote).join(", ")}.`);
    else state.compare = [ids[0]!, ids[1]!];
  }

  state.counterparts = keepKnown("counterpart", splitList(params.get("counterpart")), known?.parties, notices);
  state.topics = keepKnown("topic", splitList(params.get("topic")), known?.topics, notices);

  for (const value of splitList(params.get("format"))) {
    if ((FORMATS as readonly string[]).includes(value)) {
      if (!state.formats.includes(value as MeetingFormat)) state.formats.push(value as MeetingFormat);
    } else notices.push(`Ignored format=${quote(value)}: expected ${FORMATS.join(", ")}.`);
  }

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

  const readout = params.get("readout");
  if (readout) {
    if (known && !known.readouts.has(readout)) notices.push(`Ignored readout=${quote(readout)}: no such readout in the dataset.`);
    else state.readout = readout;
  }
  const span = params.get("span");
  if (span) {
    const match = /^(\d{1,9})-(\d{1,9})$/.exec(span);
    if (!match || Number(match[1]) > Number(match[2])) notices.push(`Ignored span=${quote(span)}: expected start-end, e.g. 120-245.`);
    else if (!state.readout) notices.push(`Ignored span=${quote(span)}: it needs a readout= to point into.`);
    else state.span = [Number(match[1]), Number(match[2])];
  }

  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key)) notices.push(`Ignored unknown parameter ${quote(key)}.`);
  }
  return { state, notices };
}

const KNOWN_PARAMS = new Set(["meeting", "compare", "counterpart", "topic", "from", "to", "format", "q", "readout", "span"]);

/** Serialises a view state to a query string ("" for the empty state), in a stable parameter order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.meeting) params.set("meeting", state.meeting);
  if (state.compare) params.set("compare", state.compare.join(","));
  if (state.counterparts.length) params.set("counterpart", state.counterparts.join(","));
  if (state.topics.length) params.set("topic", state.topics.join(","));
  if (state.from !== undefined) params.set("from", String(state.from));
  if (state.to !== undefined) params.set("to", String(state.to));
  if (state.formats.length) params.set("format", state.formats.join(","));
  if (state.q) params.set("q", state.q);
  if (state.readout) params.set("readout", state.readout);
  if (state.readout && state.span) params.set("span", `${state.span[0]}-${state.span[1]}`);
  // Commas separate list values; keep them readable in shared links.
  const text = params.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}
