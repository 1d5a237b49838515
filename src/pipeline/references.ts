/**
 * Who a phrase in a sentence refers to: people by name or alias (from the gazetteer and from
 * people introduced earlier in the same readout), role nouns ("the Secretary-General", "The
 * Russian president", "the UN chief"), party sides ("the Chinese side") and pronouns. Role nouns
 * resolve only to people the readout itself mentions, so nothing is guessed from outside the text.
 */
import { findActorMentions, type ActorMention, type IntroducedPerson } from "./actors";
import { PARTIES, partyById, personById, rolesOn } from "./gazetteer";
import { escapeRegExp } from "./text-utils";

export type ReferenceKind = "name" | "role" | "side" | "pronoun";

export interface Reference {
  kind: ReferenceKind;
  start: number;
  end: number;
  surface: string;
  /** Resolved actor id; pronouns are resolved later, by the attribution stage. */
  actorId?: string;
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

function partyAdjectivePattern(): string {
  const words = new Set<string>();
  for (const party of PARTIES) for (const adjective of party.adjectives) words.add(adjective);
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}

const ADJECTIVES = partyAdjectivePattern();
const ADJECTIVE_TO_PARTY = new Map<string, string>();
for (const party of PARTIES) for (const adjective of party.adjectives) ADJECTIVE_TO_PARTY.set(adjective.toLowerCase(), party.id);

const SIDE = new RegExp(String.raw`\b[Tt]he (${ADJECTIVES}) side\b`, "g");

function surnameOf(name: string): string | undefined {
  const parts = name.split(/\s+/);
  return parts.length > 1 ? parts[parts.length - 1] : undefined;
}

/** Analyses a cleaned readout once; `within` is then cheap per sentence. */
export function analyseReferences(text: string, title: string | undefined, date?: string): ReadoutReferences {
  const { mentions: nameMentions, introduced } = findActorMentions(text, date);
  const mentions = [...nameMentions];

  // People introduced by the general rule are later called by surname ("Scholz said").
  const introducedSurnames = new Map<string, string>();
  for (const person of introduced) {
    const surname = surnameOf(person.name);
    if (surname && surname.length > 2) introducedSurnames.set(surname, person.id);
  }
  if (introducedSurnames.size > 0) {
    const pattern = new RegExp(String.raw`\b(${[...introducedSurnames.keys()].map(escapeRegExp).join("|")})\b`, "g");
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      mentions.push({ actorId: introducedSurnames.get(match[0])!, start, end, surface: match[0], via: "alias" });
    }
    mentions.sort((a, b) => a.start - b.start);
  }

  const people = new Map<string, KnownPerson>();
  const titleMentions = title ? findActorMentions(title, date).mentions : [];
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
      : introducedPerson
        ? [introducedPerson.title.toLowerCase()]
        : [];
    people.set(mention.actorId, {
      id: mention.actorId,
      party: known?.party ?? introducedPerson!.party,
      roleNouns,
      lastMention: mention.start,
    });
  }

  const nouns = new Set<string>();
  for (const person of people.values()) for (const noun of person.roleNouns) nouns.add(noun);
  const rolePattern =
    nouns.size > 0
      ? new RegExp(
          String.raw`\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:(${ADJECTIVES})\s+)?(${[...nouns].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})\b`,
          "gi",
        )
      : undefined;

  function resolveRole(adjective: string | undefined, noun: string, at: number): string | undefined {
    const party = adjective ? ADJECTIVE_TO_PARTY.get(adjective.toLowerCase()) : undefined;
    const candidates = [...people.values()].filter(
      (p) => p.roleNouns.includes(noun.toLowerCase()) && (!party || p.party === party),
    );
    if (candidates.length <= 1) return candidates[0]?.id;
    // Several people share the noun: the one mentioned most recently before this point.
    const before = candidates.filter((c) => c.lastMention < at).sort((a, b) => b.lastMention - a.lastMention);
    return (before[0] ?? candidates[0])?.id;
  }

  function within(start: number, end: number): Reference[] {
    const slice = text.slice(start, end);
    const refs: Reference[] = [];
    for (const m of mentions) {
      if (m.start >= start && m.end <= end) refs.push({ kind: "name", start: m.start, end: m.end, surface: m.surface, actorId: m.actorId });
    }
    const overlaps = (s: number, e: number) => refs.some((r) => r.start < e && s < r.end);
    if (rolePattern) {
      for (const match of slice.matchAll(rolePattern)) {
        const s = start + match.index;
        const e = s + match[0].length;
        if (overlaps(s, e)) continue;
        // "his Russian counterpart Vladimir Putin" is a name mention already; a bare role noun is a reference.
        const actorId = resolveRole(match[1], match[2]!, s);
        if (actorId) refs.push({ kind: "role", start: s, end: e, surface: match[0], actorId });
      }
    }
    for (const match of slice.matchAll(SIDE)) {
      const s = start + match.index;
      const e = s + match[0].length;
      const party = ADJECTIVE_TO_PARTY.get(match[1]!.toLowerCase());
      if (party && partyById(party) && !overlaps(s, e)) refs.push({ kind: "side", start: s, end: e, surface: match[0], actorId: party });
    }
    for (const match of slice.matchAll(PRONOUN)) {
      const s = start + match.index;
      refs.push({ kind: "pronoun", start: s, end: s + match[0].length, surface: match[0] });
    }
    return refs.sort((a, b) => a.start - b.start);
  }

  return { mentions, introduced, people, within };
}
