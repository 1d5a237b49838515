/**
 * The gazetteers (parties, people with dated roles, places, titles) are data in ./gazetteer/*.json.
 * Countries, organisations and capitals come from world.generated.json, which `npm run
 * gazetteer:build` writes from the world-countries package and world.overlay.json (ADR 006).
 * They are validated here at module load, so a bad edit fails loudly with the file and the path of
 * the entry, and compiled once into lookups the recognisers share.
 */
import { z } from "zod";
import { isIsoDay, isoDaySchema, slugSchema } from "../domain/schema";
import peopleData from "./gazetteer/people.json";
import placesData from "./gazetteer/places.json";
import titlesData from "./gazetteer/titles.json";
import worldData from "./gazetteer/world.generated.json";
import { foldInPlace, PhraseMatcher, slugify, withFoldedVariants } from "./text-utils";

export interface PartyRecord {
  id: string;
  name: string;
  kind: "country" | "organisation";
  /** ISO 3166-1 alpha-3 code of a country ("JOR"), so exports join other datasets. */
  iso?: string;
  aliases: string[];
  /** Surface forms used as adjectives/demonyms before titles: "Chinese", "UN", "U.S.", "South African". */
  adjectives: string[];
  /** Personal names from this party are written family name first ("Xi Jinping", "Kim Jong Un"). */
  familyNameFirst?: boolean;
  /**
   * A person is called by the name's last word though the name is written family name first:
   * "Chinh said" for Pham Minh Chinh (Vietnamese usage).
   */
  calledByLastWord?: boolean;
  /** National titles that name this country by themselves ("Taoiseach", "Tánaiste"). */
  titles?: string[];
}
export interface RoleRecord {
  title: string;
  from?: string;
  to?: string;
  /** Lower-case role nouns a readout uses to refer back to the holder: ["president", "head of state"]. */
  nouns: string[];
  /** The party this role is held for, when not the person's own (Tusk's European Council presidency). */
  party?: string;
}
export interface PersonRecord {
  id: string;
  name: string;
  party: string;
  aliases: string[];
  roles: RoleRecord[];
}
export interface PlaceRecord {
  name: string;
  kind: "city" | "venue";
  aliases: string[];
  /** For venues: the city's name (itself a city in the gazetteer). */
  city?: string;
  /** Display name of the country, e.g. "China", "Russia" (a country party's name). */
  country: string;
}

// ---------------------------------------------------------------------------------------------
// Schemas

const slug = slugSchema;
const surface = z
  .string()
  .min(1)
  .regex(/^[\p{L}\p{N}]/u, "must start with a letter or digit")
  .refine((s) => s === s.trim() && !/\s{2}/.test(s), "no leading, trailing or doubled spaces");
const isoDay = isoDaySchema.refine(isIsoDay, "not a real calendar day");

const partySchema = z.strictObject({
  id: slug,
  name: surface,
  kind: z.enum(["country", "organisation"]),
  iso: z
    .string()
    .regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code")
    .optional(),
  aliases: z.array(surface),
  adjectives: z.array(surface),
  familyNameFirst: z.boolean().optional(),
  calledByLastWord: z.boolean().optional(),
  titles: z.array(z.string().regex(/^\p{Lu}[\p{L}' -]*$/u, "a title is capitalised words")).optional(),
});

const roleSchema = z
  .strictObject({
    title: z.string().min(1),
    from: isoDay.optional(),
    to: isoDay.optional(),
    nouns: z.array(z.string().regex(/^[a-z][a-z' -]*$/, "role nouns are lower-case words")),
    party: slug.optional(),
  })
  .refine((r) => !r.from || !r.to || r.from <= r.to, "role starts after it ends");

const personSchema = z
  .strictObject({
    id: slug,
    name: surface,
    party: slug,
    aliases: z.array(surface),
    roles: z.array(roleSchema),
  })
  .refine((p) => p.id === slugify(p.name), { message: "id must be the slug of the name", path: ["id"] });

const placeSchema = z
  .strictObject({
    name: surface,
    kind: z.enum(["city", "venue"]),
    aliases: z.array(surface),
    city: z.string().min(1).optional(),
    country: z.string().min(1),
  })
  .refine((p) => (p.kind === "venue") === (p.city !== undefined), {
    message: "a venue names its city; a city does not",
    path: ["city"],
  });

const titlesSchema = z.array(z.string().regex(/^\p{Lu}[\p{L}' -]*$/u, "a title is capitalised words"));

// ---------------------------------------------------------------------------------------------
// Loading

export interface GazetteerSources {
  parties: unknown;
  people: unknown;
  places: unknown;
  titles: unknown;
}
export interface Gazetteer {
  parties: PartyRecord[];
  people: PersonRecord[];
  places: PlaceRecord[];
  titles: string[];
}

const FILES = {
  parties:
    "src/pipeline/gazetteer/world.generated.json (parties; edit world.overlay.json and run npm run gazetteer:build)",
  people: "src/pipeline/gazetteer/people.json",
  places: "src/pipeline/gazetteer/places.json",
  titles: "src/pipeline/gazetteer/titles.json",
} as const;

type Problem = { path: PropertyKey[]; message: string };

function describe(file: string, data: unknown, problems: Problem[]): Error {
  const lines = problems.map(({ path, message }) => {
    const where = path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("") || "(root)";
    const entry =
      typeof path[0] === "number" && Array.isArray(data)
        ? (data[path[0]] as Record<string, unknown> | undefined)
        : undefined;
    const label = entry && typeof entry === "object" ? (entry.id ?? entry.name) : undefined;
    return `  at ${where}${label ? ` (${String(label)})` : ""}: ${message}`;
  });
  return new Error(`Invalid gazetteer file ${file}:\n${lines.join("\n")}`);
}

function parseFile<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw describe(file, data, result.error.issues);
  return result.data;
}

function duplicates<T>(items: T[], key: (item: T) => string): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) problems.push({ path: [i], message: `duplicate "${k}" (first at [${first}])` });
    else seen.set(k, i);
  });
  return problems;
}

/** Validates raw gazetteer data (each file, then references between files); throws naming file and path. */
export function loadGazetteer(raw: GazetteerSources): Gazetteer {
  const parties = parseFile(FILES.parties, z.array(partySchema), raw.parties) as PartyRecord[];
  const people = parseFile(FILES.people, z.array(personSchema), raw.people) as PersonRecord[];
  const places = parseFile(FILES.places, z.array(placeSchema), raw.places) as PlaceRecord[];
  const titles = parseFile(FILES.titles, titlesSchema, raw.titles);

  const partyProblems = duplicates(parties, (p) => p.id);
  if (partyProblems.length) throw describe(FILES.parties, raw.parties, partyProblems);

  const partyIds = new Set(parties.map((p) => p.id));
  const personProblems = duplicates(people, (p) => p.id);
  people.forEach((p, i) =>
    [p.party, ...p.roles.map((r) => r.party)].forEach((party, at) => {
      const path = at === 0 ? [i, "party"] : [i, "roles", at - 1, "party"];
      if (party && !partyIds.has(party))
        personProblems.push({ path, message: `unknown party "${party}" (not in world.generated.json)` });
    }),
  );
  if (personProblems.length) throw describe(FILES.people, raw.people, personProblems);

  const countries = new Set(parties.filter((p) => p.kind === "country").map((p) => p.name));
  const cities = new Map(places.filter((p) => p.kind === "city").map((p) => [p.name, p]));
  const placeProblems = duplicates(places, (p) => p.name);
  places.forEach((p, i) => {
    if (!countries.has(p.country))
      placeProblems.push({
        path: [i, "country"],
        message: `"${p.country}" is not the name of a country in world.generated.json`,
      });
    if (p.city !== undefined) {
      const city = cities.get(p.city);
      if (!city)
        placeProblems.push({ path: [i, "city"], message: `"${p.city}" is not a city in places.json` });
      else if (city.country !== p.country)
        placeProblems.push({ path: [i, "country"], message: `its city ${city.name} is in ${city.country}` });
    }
  });
  if (placeProblems.length) throw describe(FILES.places, raw.places, placeProblems);

  return { parties, people, places, titles };
}

/** Capitals from the generated file are cities; curated places.json already won any shared name. */
const capitals = worldData.capitals.map((capital) => ({ ...capital, kind: "city" as const }));

const GAZETTEER = loadGazetteer({
  parties: worldData.parties,
  people: peopleData,
  places: [...placesData, ...capitals],
  titles: titlesData,
});

export const PARTIES: readonly PartyRecord[] = GAZETTEER.parties;
export const PEOPLE: readonly PersonRecord[] = GAZETTEER.people;
export const PLACES: readonly PlaceRecord[] = GAZETTEER.places;
/** Titles the introduction rule recognises before a name ("Chancellor", "Secretary-General" …), national ones too. */
export const TITLES: readonly string[] = [...GAZETTEER.titles, ...PARTIES.flatMap((p) => p.titles ?? [])];
/** A national title's country ("taoiseach" → ireland), by the title in lower case. */
export const TITLE_PARTY: ReadonlyMap<string, string> = new Map(
  PARTIES.flatMap((p) => (p.titles ?? []).map((title) => [title.toLowerCase(), p.id] as const)),
);

const partiesById = new Map(PARTIES.map((p) => [p.id, p]));
const peopleById = new Map(PEOPLE.map((p) => [p.id, p]));

export function partyById(id: string): PartyRecord | undefined {
  return partiesById.get(id);
}

/**
 * The word of a person's name that stands for the person alone ("Xi" for Xi Jinping, "Starmer" for
 * Keir Starmer, "Chinh" for Pham Minh Chinh): the family name, except where usage calls people by
 * the last word of a family-name-first name. `words`: the name's words, particles left out.
 */
export function calledByWord(words: readonly string[], party: string | undefined): string | undefined {
  const record = party ? partyById(party) : undefined;
  return record?.familyNameFirst && !record.calledByLastWord ? words[0] : words[words.length - 1];
}

export function personById(id: string): PersonRecord | undefined {
  return peopleById.get(id);
}

/** The roles a person held on a date (YYYY-MM-DD, bounds inclusive, a missing bound is open); all roles when date is undefined. */
export function rolesOn(person: PersonRecord, date?: string): RoleRecord[] {
  if (date === undefined) return [...person.roles];
  return person.roles.filter((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to));
}

export { withFoldedVariants } from "./text-utils";

/**
 * Party names that contain a place ("Shanghai Cooperation Organization") are indexed too, as
 * blockers: the longest match wins, so "Shanghai" inside the organisation's name is no place.
 */
const placeMatcher = new PhraseMatcher<PlaceRecord | null>(
  [
    ...PLACES.flatMap((place) =>
      withFoldedVariants([place.name, ...place.aliases]).map((phrase) => ({ phrase, value: place })),
    ),
    ...PARTIES.flatMap((party) =>
      withFoldedVariants([party.name, ...party.aliases].map((n) => n.replace(/^the\s+/, ""))).map(
        (phrase) => ({ phrase, value: null }),
      ),
    ),
    // The text is read folded (findPlaces), so are the phrases: "Côte d’Ivoire" as "Cote d'Ivoire".
  ].map(({ phrase, value }) => ({ phrase: foldInPlace(phrase), value })),
);

/** Places in text (case-sensitive, longest match, word-bounded, no overlaps, "Hà Nội" as "Ha Noi"), with spans, in text order. */
export function findPlaces(text: string): { place: PlaceRecord; start: number; end: number }[] {
  return placeMatcher
    .find(foldInPlace(text))
    .flatMap(({ value, start, end }) => (value ? [{ place: value, start, end }] : []));
}
