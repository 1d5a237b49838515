/**
 * The forms of party names the introduction rule reads (adjectives, possessives, names, "Republic
 * of …") and the party of a person a bare title introduces: the ministry the text names, the
 * foreign party of the sentence, or the readout's only foreign party.
 */
import { CHINA } from "../../domain/schema";
import { PARTIES, partyById, withFoldedVariants } from "../gazetteer";
import { alternation, PhraseMatcher, type WordRun } from "../text-utils";

export const adjectiveParty = new Map<string, string>();
export const partyNameParty = new Map<string, string>();
function addForm(map: Map<string, string>, form: string, id: string) {
  if (!map.has(form)) map.set(form, id);
}
for (const party of PARTIES) {
  for (const adj of withFoldedVariants(party.adjectives)) addForm(adjectiveParty, adj, party.id);
  const names = withFoldedVariants([party.name, ...party.aliases].map((n) => n.replace(/^the\s+/, "")));
  for (const n of names) {
    addForm(partyNameParty, n, party.id);
    // Possessives work as adjectives: "Kenya's President …".
    if (!/[.]$/.test(n)) {
      addForm(adjectiveParty, `${n}'s`, party.id);
      addForm(adjectiveParty, `${n}’s`, party.id);
    }
  }
}

/** Lazy, so a party whose own name holds "Republic of" ("the Democratic Republic of the Congo") is read whole first. */
export const REPUBLIC_OF = "(?:(?:\\p{Lu}[\\p{L}']*\\s+){0,3}Republic\\s+of\\s+(?:the\\s+)?)??";

export const PARTY_NAME_ALT = alternation(partyNameParty.keys());

/** Every form of a party's name (adjectives, possessives, names), to find which parties a text is about. */
export const partyFormMatcher = new PhraseMatcher(
  [...adjectiveParty, ...partyNameParty].map(([phrase, value]) => ({ phrase, value })),
);

/**
 * A ministry with its country, as a lead names it: "China's Foreign Ministry", "the Latvian Ministry
 * of Foreign Affairs", "the Ministry of Foreign Affairs of Latvia", "the Foreign Ministry of Peru".
 */
const NAMED_MINISTRY = new RegExp(
  `(?<adjective>${alternation(adjectiveParty.keys())})\\s+(?:Foreign\\s+)?Ministry\\b|\\bMinistry\\s+of\\s+(?:Foreign\\s+Affairs|External\\s+Affairs|Foreign\\s+Affairs\\s+and\\s+[A-Z][\\w ]{2,40}?)\\s+of\\s+(?:the\\s+)?${REPUBLIC_OF}(?<party>${PARTY_NAME_ALT})\\b|\\bForeign\\s+Ministry\\s+of\\s+(?:the\\s+)?(?<party2>${PARTY_NAME_ALT})\\b`,
  "u",
);

/** The country of the first ministry the text names, for a bare "Ministry spokesperson X". */
export function namedMinistryParty(text: string): string | undefined {
  const m = NAMED_MINISTRY.exec(text);
  if (!m?.groups) return undefined;
  const { adjective, party, party2 } = m.groups;
  return adjective ? adjectiveParty.get(adjective) : partyNameParty.get(party ?? party2 ?? "");
}

/**
 * The country a text pairs with China ("the UK and China", "China and Chile", "India-China
 * relations"), when it pairs only one: on a foreign ministry's page, the ministry's own country,
 * even where the text names others (a war, a region) in passing.
 */
export function bilateralPartner(
  text: string,
  hits: readonly { value: string; start: number; end: number }[],
  china: string,
  isCountry: (party: string) => boolean,
): string | undefined {
  const partners = new Set<string>();
  for (let i = 1; i < hits.length; i++) {
    const [a, b] = [hits[i - 1]!, hits[i]!];
    if ((a.value === china) === (b.value === china)) continue;
    const other = a.value === china ? b.value : a.value;
    if (isCountry(other) && /^\s*(?:and|[-–—/])\s*$/.test(text.slice(a.end, b.start))) partners.add(other);
  }
  return partners.size === 1 ? [...partners][0] : undefined;
}

/**
 * The party of someone introduced by a bare title: the foreign party named in the same sentence,
 * else the readout's only foreign party (a minister on the counterpart's own site), else the one
 * country it pairs with China.
 */
export function partyAround(
  text: string,
  start: number,
  end: number,
  parties: readonly { value: string; start: number }[],
  foreign: ReadonlySet<string>,
  partner?: string,
): string | undefined {
  const from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("\n", start));
  const stop = text.slice(end).search(/\.\s|\n/);
  const to = stop < 0 ? text.length : end + stop;
  // "President A B of Ghana … in Peru's Lima": the party named right after the name is his, whatever
  // other country the sentence names (a meeting on the sidelines of a summit elsewhere).
  const ofParty = parties.find(
    (p) => p.start >= end && /^\s*of\s+(?:the\s+)?$/i.test(text.slice(end, p.start)),
  );
  if (ofParty) return ofParty.value;
  const inSentence = new Set(parties.filter((p) => p.start > from && p.start < to).map((p) => p.value));
  if (inSentence.size === 1) return [...inSentence][0];
  if (foreign.size === 1) return [...foreign][0];
  return partner;
}

/**
 * Whose page a text is, as far as its words say: the publisher's government when known, else the
 * one foreign country it names, else the one it pairs with China.
 */
export function pageParty(text: string, runs: readonly WordRun[], homeParty?: string): string | undefined {
  if (homeParty && homeParty !== CHINA) return homeParty;
  const isCountry = (party: string) => partyById(party)?.kind === "country";
  const hits = partyFormMatcher.find(text, runs);
  const foreign = new Set(hits.filter((h) => h.value !== CHINA && isCountry(h.value)).map((h) => h.value));
  return foreign.size === 1 ? [...foreign][0] : bilateralPartner(text, hits, CHINA, isCountry);
}
