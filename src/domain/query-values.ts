/**
 * Reading single query-string values for parseViewState: lists, id pairs, years, ids and closed
 * vocabularies. Each reader drops what it cannot use and says why in `notices`, never throws.
 */
import { isSlug } from "./schema";

const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

/** Shows a dropped value in a notice without letting a huge or odd value flood the screen. */
export function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short);
}

export function splitList(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/** One known id (meeting=, readout=), or undefined with a notice when the dataset has no such one. */
export function parseKnownId(
  name: string,
  value: string | null,
  known: ReadonlySet<string> | undefined,
  notices: string[],
): string | undefined {
  if (!value) return undefined;
  if (!known || known.has(value)) return value;
  notices.push(`Ignored ${name}=${quote(value)}: no such ${name} in the dataset.`);
  return undefined;
}

/** Two different known ids separated by a comma (compare=, accounts=), or undefined with a notice. */
export function parsePair(
  name: string,
  value: string | null,
  what: string,
  known: ReadonlySet<string> | undefined,
  notices: string[],
): [string, string] | undefined {
  if (!value) return undefined;
  const ids = splitList(value);
  const unknown = ids.filter((id) => known && !known.has(id));
  if (ids.length !== 2 || ids[0] === ids[1])
    notices.push(`Ignored ${name}=${quote(value)}: expected two different ${what} ids separated by a comma.`);
  else if (unknown.length > 0)
    notices.push(`Ignored ${name}=${quote(value)}: no such ${what} ${unknown.map(quote).join(", ")}.`);
  else return [ids[0]!, ids[1]!];
  return undefined;
}

export function parseYear(name: string, value: string | null, notices: string[]): number | undefined {
  if (value === null || value === "") return undefined;
  if (!/^\d{4}$/.test(value) || Number(value) < MIN_YEAR || Number(value) > MAX_YEAR) {
    notices.push(`Ignored ${name}=${quote(value)}: expected a year such as 2019.`);
    return undefined;
  }
  return Number(value);
}

export function keepKnown(
  name: string,
  values: string[],
  known: ReadonlySet<string> | undefined,
  notices: string[],
): string[] {
  const kept: string[] = [];
  for (const value of values) {
    // Ids are slugs (schema.ts); checking the shape first drops markup and junk even before the dataset is known.
    if (!isSlug(value)) notices.push(`Ignored ${name}=${quote(value)}: not an id.`);
    else if (known && !known.has(value))
      notices.push(`Ignored ${name}=${quote(value)}: no such ${NOUNS[name] ?? name} in the dataset.`);
    else if (!kept.includes(value)) kept.push(value);
  }
  return kept;
}

/** How a notice names what a parameter refers to, where the parameter name alone would read oddly. */
const NOUNS: Record<string, string> = { principal: "principal", with: "counterpart principal" };

/** Keeps the values of a closed vocabulary (format, perspective), once each, in the order given. */
export function keepAllowed<T extends string>(
  name: string,
  values: string[],
  allowed: readonly T[],
  notices: string[],
): T[] {
  const kept: T[] = [];
  for (const value of values) {
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) notices.push(`Ignored ${name}=${quote(value)}: expected ${allowed.join(", ")}.`);
    else if (!kept.includes(match)) kept.push(match);
  }
  return kept;
}
