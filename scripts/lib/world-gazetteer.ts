/**
 * Builds the world gazetteer (every UN member and observer state, the organisations Chinese leaders
 * meet, and the capitals) from the world-countries package (mledoze/countries, ODbL-1.0; ADR 006)
 * plus the curated overlay src/pipeline/gazetteer/world.overlay.json. Pure and deterministic: the
 * same package version and overlay give the same bytes, so a test can tell when the committed file
 * is stale. Only what matching needs is kept (names, short forms, demonyms, capitals, ISO codes).
 */
import { z } from "zod";
import type { PartyRecord } from "../../src/pipeline/gazetteer";
import { foldDiacritics, slugify } from "../../src/pipeline/text-utils";

/** The fields of a world-countries record this builder reads. */
export interface CountrySource {
  cca2: string;
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const surfaces = z.array(z.string().min(1)).optional();
const countryOverlay = z.strictObject({
  /** Why the entry exists: kept ids, house spellings, ambiguous forms. */
  reason: z.string().min(1),
  id: z.string().optional(),
  name: z.string().optional(),
  aliases: surfaces,
  adjectives: surfaces,
  /** Forms the package gives that would mislead matching (a demonym two states share …). */
  dropForms: surfaces,
  familyNameFirst: z.boolean().optional(),
  /** A person is called by the name's last word though it is written family name first (Vietnam). */
  calledByLastWord: z.boolean().optional(),
  /** National titles that name the country by themselves ("Taoiseach"): whoever holds one is its. */
  titles: surfaces,
  /** Cities to add beside the package's capitals (seats of government, other spellings), or drop. */
  capitals: z.array(z.strictObject({ name: z.string(), aliases: z.array(z.string()) })).optional(),
  dropCapitals: surfaces,
});
const organisation = z.strictObject({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  adjectives: z.array(z.string()),
});
export const overlaySchema = z.strictObject({
  note: z.string(),
  /** Non-member states to include, by ISO alpha-3, with the reason. */
  observers: z.record(z.string(), z.string()),
  /** Member states or territories never to include, by ISO alpha-3, with the reason. */
  excluded: z.record(z.string(), z.string()),
  countries: z.record(z.string(), countryOverlay),
  organisations: z.array(organisation),
});
export type WorldOverlay = z.infer<typeof overlaySchema>;

/** A party as the pipeline's gazetteer reads it (countries carry their ISO alpha-3 code). */
export type GeneratedParty = PartyRecord;
export interface GeneratedCapital {
  name: string;
  aliases: string[];
  /** The country party's display name. */
  country: string;
}
export interface WorldGazetteer {
  note: string;
  parties: GeneratedParty[];
  capitals: GeneratedCapital[];
}

/** Words of an English state name ("Republic of Angola", "Kingdom of the Netherlands"). */
const STATE_WORDS =
  /\b(?:Republic|Kingdom|States?|Federation|Union|Commonwealth|Principality|Islands|Emirates|Confederation|Duchy|Sultanate)\b/;
const ENGLISH_FUNCTION_WORDS = new Set(["of", "the", "and"]);

/**
 * An alternative spelling usable in English text: an abbreviation of three or more capitals ("DPRK",
 * "U.S.A."), or an English state name ("Republic of Angola"). The package's other spellings are
 * mostly names in other languages ("Belgique", "Zhongguo", "Jamhuri ya Kenya") that would only
 * slow matching; English former names ("Burma", "Swaziland") are in the overlay.
 */
function englishSpelling(form: string): boolean {
  if (/^(?:\p{Lu}\.?){3,}$/u.test(form)) return true;
  if (/[,()]/.test(form) || !STATE_WORDS.test(form) || !/^[\p{Script=Latin}\s.'’-]+$/u.test(form))
    return false;
  return form.split(/\s+/).every((word) => !/^\p{Ll}/u.test(word) || ENGLISH_FUNCTION_WORDS.has(word));
}

function unique(forms: Iterable<string>, drop: readonly string[] = []): string[] {
  const dropped = new Set(drop);
  const out: string[] = [];
  for (const raw of forms) {
    const form = raw.trim();
    if (form && !dropped.has(form) && !out.includes(form)) out.push(form);
  }
  return out;
}

/** "Antiguan, Barbudan", "Kittitian or Nevisian" → each demonym. */
function demonyms(source: CountrySource): string[] {
  const eng = source.demonyms?.eng;
  if (!eng) return [];
  return [eng.m, eng.f].flatMap((d) => d.split(/\s*,\s*|\s+or\s+/));
}

function countryParty(source: CountrySource, overlay: WorldOverlay["countries"][string] | undefined) {
  const name = overlay?.name ?? source.name.common;
  const drop = [name, ...(overlay?.dropForms ?? [])];
  const aliases = unique(
    [
      source.name.common,
      source.name.official,
      ...source.altSpellings.filter(englishSpelling),
      ...(overlay?.aliases ?? []),
    ],
    drop,
  );
  const adjectives = unique(
    [...demonyms(source), `${name}'s`, ...(overlay?.adjectives ?? [])],
    overlay?.dropForms ?? [],
  );
  const party: GeneratedParty = {
    id: overlay?.id ?? slugify(name),
    name,
    kind: "country",
    iso: source.cca3,
    aliases,
    adjectives,
  };
  if (overlay?.familyNameFirst) party.familyNameFirst = true;
  if (overlay?.calledByLastWord) party.calledByLastWord = true;
  if (overlay?.titles) party.titles = overlay.titles;
  return party;
}

function capitalsOf(
  source: CountrySource,
  party: GeneratedParty,
  overlay: WorldOverlay["countries"][string] | undefined,
) {
  const dropped = new Set(overlay?.dropCapitals ?? []);
  const fromPackage = source.capital
    .filter((name) => !dropped.has(name))
    .map((name) => ({ name, aliases: [] as string[] }));
  return [...fromPackage, ...(overlay?.capitals ?? [])].map((c): GeneratedCapital => ({
    name: c.name,
    aliases: unique(c.aliases),
    country: party.name,
  }));
}

/** Throws when two parties would claim one surface form: the overlay must say whose it is. */
function assertUnambiguous(parties: readonly GeneratedParty[]): void {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const party of parties)
    for (const form of new Set([party.name, ...party.aliases, ...party.adjectives].map(foldDiacritics))) {
      const first = owner.get(form);
      if (first && first !== party.id) clashes.push(`"${form}": ${first} and ${party.id}`);
      else owner.set(form, party.id);
    }
  if (clashes.length > 0)
    throw new Error(
      `world gazetteer: forms claimed by two parties (add dropForms in world.overlay.json):\n  ${clashes.join("\n  ")}`,
    );
}

/**
 * The gazetteer for every UN member state and the overlay's observers (ordered by ISO alpha-3, China
 * first so its forms win any tie), then the overlay's organisations in their order; capitals are
 * left out where a curated place (`curatedPlaceNames`, names and aliases) already has them.
 */
export function buildWorldGazetteer(
  countries: readonly CountrySource[],
  overlayData: unknown,
  curatedPlaceNames: ReadonlySet<string>,
): WorldGazetteer {
  const overlay = overlaySchema.parse(overlayData);
  const unknown = [...Object.keys(overlay.countries), ...Object.keys(overlay.observers)].filter(
    (code) => !countries.some((c) => c.cca3 === code),
  );
  if (unknown.length > 0)
    throw new Error(`world.overlay.json names unknown ISO codes: ${unknown.join(", ")}`);
  const chosen = countries
    .filter((c) => (c.unMember || c.cca3 in overlay.observers) && !(c.cca3 in overlay.excluded))
    .sort((a, b) => (a.cca3 === "CHN" ? -1 : b.cca3 === "CHN" ? 1 : a.cca3.localeCompare(b.cca3)));

  const parties: GeneratedParty[] = [];
  const capitals: GeneratedCapital[] = [];
  for (const source of chosen) {
    const entry = overlay.countries[source.cca3];
    const party = countryParty(source, entry);
    parties.push(party);
    for (const capital of capitalsOf(source, party, entry))
      if (![capital.name, ...capital.aliases].some((n) => curatedPlaceNames.has(n))) capitals.push(capital);
  }
  for (const org of overlay.organisations) parties.push({ ...org, kind: "organisation" });
  assertUnambiguous(parties);
  return { note: overlay.note, parties, capitals };
}

/** The file's text: one party or capital per line keeps diffs readable. */
export function formatWorldGazetteer(world: WorldGazetteer): string {
  const lines = (items: readonly object[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(",\n");
  return `{\n  "note": ${JSON.stringify(world.note)},\n  "parties": [\n${lines(world.parties)}\n  ],\n  "capitals": [\n${lines(world.capitals)}\n  ]\n}\n`;
}
