/**
 * Who a phrase in a sentence refers to: people by name or alias (from the gazetteer and from
 * people introduced earlier in the same readout), role nouns ("the Secretary-General", "The
 * Russian president", "the UN chief"), party sides ("the Chinese side") and pronouns. Role nouns
 * resolve only to people the readout itself mentions, so nothing is guessed from outside the text.
 */
import { addFamilyNames } from "./actors/family-names";
import { addGivenNames } from "./actors/given-names";
import { titleCaseLabels } from "./caps-labels";
import { homePerson, ownLeader } from "./actors/home-principal";
import { partyOn } from "./actors/dataset-actors";
import { findActorMentions } from "./actors/mentions";
import { mostRecentBefore } from "./actors/recent-mention";
import { titleIntroductions } from "./actors/title-introductions";
import { ROLE_SHORT_FORMS, roleNoun } from "./actors/role-short-forms";
import { adjectiveRoleFinder } from "./actors/adjective-roles";
import { envoySenders } from "./actors/envoy-senders";
import { partyOfTitle } from "./actors/of-party";
import { FORMER_BEFORE, introducedNouns } from "./actors/known-people";
import type { ActorMention, IntroducedPerson } from "./actors/types";
import { PARTIES, PEOPLE, TITLES, partyById, personById, rolesOn } from "./gazetteer";
import { gatedMatches, PrefixGate, type GatedPattern } from "./gated-scan";
import { escapeRegExp, firstStartingAt, PhraseMatcher, wordRuns } from "./text-utils";

export type ReferenceKind = "name" | "role" | "side" | "pronoun";

export interface Reference {
  kind: ReferenceKind;
  start: number;
  end: number;
  surface: string;
  /** Resolved actor id; pronouns are resolved later, by the attribution stage. */
  actorId?: string;
  /** Whom a name or role noun several people share may be ("Li", "the head of state"): the speaker stage picks among them. */
  candidates?: string[];
}

/** A person the readout mentions, with what a later role noun may call them. */
export interface KnownPerson {
  id: string;
  party: string;
  roleNouns: string[];
  lastMention: number;
}

export interface ReadoutReferences {
  /** All name mentions in the cleaned text, in order. */
  mentions: ActorMention[];
  introduced: IntroducedPerson[];
  people: Map<string, KnownPerson>;
  /** Finds references inside [start, end) of the cleaned text. */
  within(start: number, end: number): Reference[];
}

const PRONOUN = /\b(?:he|she|He|She)\b/g;

const ADJECTIVE_LIST = [...new Set(PARTIES.flatMap((party) => party.adjectives))].sort(
  (a, b) => b.length - a.length,
);
const ADJECTIVES = ADJECTIVE_LIST.map(escapeRegExp).join("|");
const ADJECTIVE_TO_PARTY = new Map<string, string>();
for (const party of PARTIES)
  for (const adjective of party.adjectives) ADJECTIVE_TO_PARTY.set(adjective.toLowerCase(), party.id);

// Every role noun of the gazetteer plus the titles of introduced people are matched by one pattern,
// compiled once; resolution decides whom a match names. The pattern is tried only after a "the",
// "his" or "her" whose next letters can begin a role noun or an adjective (gated-scan.ts).
const ROLE_NOUNS = new Set<string>(TITLES.map((title) => title.toLowerCase()));
for (const person of PEOPLE)
  for (const role of person.roles) for (const noun of role.nouns) ROLE_NOUNS.add(noun.toLowerCase());
for (const short of ROLE_SHORT_FORMS) ROLE_NOUNS.add(short);
const ROLE_SOURCE = String.raw`\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:visiting\s+)?(?:(${ADJECTIVES})\s+)?(${[
  ...ROLE_NOUNS,
]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|")})\b`;
const adjectiveRoles = adjectiveRoleFinder(ADJECTIVE_LIST, ROLE_NOUNS);
const ROLE_PATTERN: GatedPattern = {
  lead: /\b(?:the|his|her)(?=\s)/gi,
  gap: /\s+/y,
  full: new RegExp(ROLE_SOURCE, "iy"),
  gate: new PrefixGate(["visiting", ...ADJECTIVE_LIST, ...ROLE_NOUNS], true),
};

// A capitalised title with no article and no name after it, opening a sentence: "Prime Minister underlined that …" (house style of some
// ministries), or a transcript label ("PRIME MINISTER: …", only the page's own leader). Followed by a lower-case word, so "President Xi
// said" stays a name. Tried only at a word that can begin a title (what the lookbehind allows before it is never a letter or digit).
const BARE_ROLE = new RegExp(
  String.raw`(?<=^|[.!?]\s+|\n\s*|\(\d+\)\s*|\d+\.\s+)(?:${[...TITLES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?=\s+(?:also\s+)?[a-z]|:\s)`,
  "y",
);
const TITLE_FIRST_RUNS = new Set(TITLES.map((title) => wordRuns(title)[0]?.word));

const SIDE: GatedPattern = {
  lead: /\b[Tt]he /g,
  full: new RegExp(String.raw`\b[Tt]he (${ADJECTIVES}) side\b`, "y"),
  gate: new PrefixGate(ADJECTIVE_LIST, false),
};

// Names of parties (countries, organisations) in any form, to know which ones a readout is about.
const PARTY_FORMS = new PhraseMatcher(
  PARTIES.flatMap((party) =>
    [party.name, ...party.aliases, ...party.adjectives]
      .filter((form) => /^[\p{L}\p{N}]/u.test(form))
      .map((phrase) => ({ phrase, value: party.id })),
  ),
);

/**
 * Analyses a cleaned readout once; `within` is then cheap per sentence. `homeParty` is the
 * government whose own page it is (publishers.json "party"), whose leader its bare titles name.
 */
export function analyseReferences(
  text: string,
  title: string | undefined,
  date?: string,
  homeParty?: string,
): ReadoutReferences {
  // Capitalised speaker labels are read in title case; spans still index `original`.
  const original = text;
  text = titleCaseLabels(text);
  // The text's word runs, computed once: every phrase lookup below reads them.
  const runs = wordRuns(text);
  // Mentions include people introduced by the general rule and their later short names ("Scholz said"),
  // and people only the title introduces (a remarks page's speaker).
  const partiesInText = new Set(PARTY_FORMS.find(text, runs).map((hit) => hit.value));
  const fromTitle = titleIntroductions(title, partiesInText, date, homeParty);
  const inText = findActorMentions(text, date, fromTitle, runs, homeParty);
  const mentions = inText.mentions;
  const introduced = [...inText.introduced, ...fromTitle];

  const people = new Map<string, KnownPerson>();
  const titleMentions = title ? findActorMentions(title, date, introduced).mentions : [];
  for (const mention of [...titleMentions.map((m) => ({ ...m, start: -1 })), ...mentions]) {
    const existing = people.get(mention.actorId);
    if (existing) {
      existing.lastMention = Math.max(existing.lastMention, mention.start);
      continue;
    }
    const known = personById(mention.actorId);
    const introducedPerson = introduced.find((p) => p.id === mention.actorId);
    if (!known && !introducedPerson) continue;
    const roleNouns = known
      ? rolesOn(known, date).flatMap((role) => role.nouns)
      : introducedNouns(introducedPerson!.title);
    people.set(mention.actorId, {
      id: mention.actorId,
      party: known ? partyOn(known, date) : introducedPerson!.party,
      roleNouns,
      lastMention: mention.start,
    });
  }

  const shared = addFamilyNames(text, runs, people.keys(), mentions);
  addGivenNames(text, runs, people, mentions);

  // The one an envoy represents is no one a role noun names ("… Special Representative of
  // President X, was received by the Head of State").
  const senders = envoySenders(text, mentions);
  const homes = new Map<string, string | undefined>();
  const homeOf = (candidates: KnownPerson[]) => {
    const key = candidates.map((c) => c.id).join(" ");
    if (!homes.has(key)) homes.set(key, homePerson(text, candidates));
    return homes.get(key);
  };

  function resolveRole(
    adjective: string | undefined,
    noun: string,
    at: number,
    article: boolean,
    end: number,
  ): string | undefined {
    if (FORMER_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return undefined;
    const party = adjective ? ADJECTIVE_TO_PARTY.get(adjective.toLowerCase()) : partyOfTitle(text, end);
    const lower = roleNoun(noun);
    // "his Brazilian counterpart": whoever of that party the readout names, whatever their title.
    const candidates = [...people.values()].filter(
      (p) =>
        (p.roleNouns.includes(lower) || (lower === "counterpart" && party)) &&
        (!party || p.party === party) &&
        !senders.has(p.id),
    );
    const own = !party && homeParty ? ownLeader(candidates, homeParty, lower, date) : undefined;
    if (own) return own;
    if (candidates.length === 1) return candidates[0]!.id;
    // "the President" on a page that calls the other side's leader by nationality: the page's own.
    const home =
      article && candidates.length > 1 && !party && /^\p{Lu}/u.test(noun) ? homeOf(candidates) : undefined;
    if (home) return home;
    if (candidates.length > 1) return mostRecentBefore(candidates, mentions, titleMentions, at);
    // Not named in this readout ("The Secretary-General met today with …"): the one holder of the
    // role on the date of a party the readout names or publishes, or the one holder of an office of
    // an organisation; a "Secretary of State" on a Chilean page that never names the US is Chile's.
    if (!date) return undefined;
    const holders = PEOPLE.filter(
      (p) => (!party || partyOn(p, date) === party) && rolesOn(p, date).some((r) => r.nouns.includes(lower)),
    );
    const inContext = holders.filter(
      (p) => party || partiesInText.has(partyOn(p, date)) || partyOn(p, date) === homeParty,
    );
    if (inContext.length === 1) return inContext[0]!.id;
    const only = holders.length === 1 ? holders[0]! : undefined;
    return only && partyById(only.party)?.kind !== "country" ? only.id : undefined;
  }

  // A role noun several people of the readout hold ("the head of state") keeps them all, so the
  // speaker stage may read it from the sentence's or the page's side (attribution/tracker.ts).
  const holdersOf = (noun: string) =>
    [...people.values()].filter((p) => p.roleNouns.includes(roleNoun(noun))).map((p) => p.id);
  const sharedBy = (ids: string[]) => (ids.length > 1 ? { candidates: ids } : {});

  // Every reference in the readout, found once (one pass per pattern over the whole text).
  const all: Reference[] = mentions.map((m) => ({
    kind: "name" as const,
    start: m.start,
    end: m.end,
    surface: m.surface,
    actorId: m.actorId,
  }));
  // A family name two people share names neither yet (the speaker stage picks the principal).
  for (const hit of shared) all.push({ kind: "name", ...hit });
  all.sort((a, b) => a.start - b.start);
  if (text !== original) for (const r of [...all, ...mentions]) r.surface = original.slice(r.start, r.end);
  const named = [...all];
  const overlapsName = (s: number, e: number) => named.some((r) => r.start < e && s < r.end);
  for (const match of gatedMatches(text, ROLE_PATTERN)) {
    const s = match.index;
    const e = s + match[0].length;
    // "the General Assembly", "the President Xi": a noun followed by a proper name is not a reference.
    if (overlapsName(s, e) || /^\s+[A-Z]/.test(text.slice(e, e + 3))) continue;
    const actorId = resolveRole(match[1], match[2]!, s, /^[Tt]he\s/.test(match[0]), e);
    const candidates = match[1] ? [] : holdersOf(match[2]!);
    if (actorId)
      all.push({ kind: "role", start: s, end: e, surface: match[0], actorId, ...sharedBy(candidates) });
  }
  for (const role of adjectiveRoles(text, runs)) {
    if (all.some((r) => r.start < role.end && role.start < r.end)) continue;
    const actorId = resolveRole(role.adjective, role.noun, role.start, false, role.end);
    if (actorId)
      all.push({
        kind: "role",
        start: role.start,
        end: role.end,
        surface: original.slice(role.start, role.end),
        actorId,
      });
  }
  let bareEnd = 0;
  for (const run of runs) {
    if (run.start < bareEnd || !TITLE_FIRST_RUNS.has(run.word)) continue;
    BARE_ROLE.lastIndex = run.start;
    const match = BARE_ROLE.exec(text);
    if (!match) continue;
    const s = match.index;
    const e = s + match[0].length;
    bareEnd = e;
    if (overlapsName(s, e) || all.some((r) => r.start < e && s < r.end)) continue;
    const label = text[e] === ":";
    // A bare title reads like "the Title": on a page naming only the other side by nationality, the page's own.
    const actorId = !label || homeParty ? resolveRole(undefined, match[0], s, true, e) : undefined;
    const person = actorId ? personById(actorId) : undefined;
    if (actorId && (!label || (person && partyOn(person, date) === homeParty)))
      all.push({
        kind: "role",
        start: s,
        end: e,
        surface: original.slice(s, e),
        actorId,
        ...sharedBy(holdersOf(match[0])),
      });
  }
  for (const match of gatedMatches(text, SIDE)) {
    const s = match.index;
    const e = s + match[0].length;
    const party = ADJECTIVE_TO_PARTY.get(match[1]!.toLowerCase());
    if (party && partyById(party) && !overlapsName(s, e))
      all.push({ kind: "side", start: s, end: e, surface: match[0], actorId: party });
  }
  for (const match of text.matchAll(PRONOUN))
    all.push({ kind: "pronoun", start: match.index, end: match.index + match[0].length, surface: match[0] });
  all.sort((a, b) => a.start - b.start);

  // `all` is in text order: start at the first reference at or after `start` (by halving: every
  // sentence asks, and a scan from the top was sentences × references), stop at `end`.
  function within(start: number, end: number): Reference[] {
    const found: Reference[] = [];
    const from = firstStartingAt(all, start);
    for (let i = Math.max(from, 0); from >= 0 && i < all.length && all[i]!.start < end; i++)
      if (all[i]!.end <= end) found.push(all[i]!);
    return found;
  }

  return { mentions, introduced, people, within };
}
