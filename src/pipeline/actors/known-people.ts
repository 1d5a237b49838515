/**
 * Known people by name or alias: one phrase index over every gazetteer name and alias (and their
 * accent-free spellings), shared aliases resolved by the date.
 */
import { PEOPLE, personById, rolesOn, withFoldedVariants } from "../gazetteer";
import { PhraseMatcher, type WordRun } from "../text-utils";
import type { ActorMention } from "./types";

interface KnownForm {
  /** Several ids when people share an alias ("Premier Li"): resolved by the date. */
  ids: string[];
  via: "name" | "alias";
}

/**
 * "Fumio Kishida" is also written "KISHIDA Fumio" (family name first, in capitals) by some
 * ministries, and "Paul Biya" "Paul BIYA" (the last name in capitals) by French-speaking ones.
 */
function capitalisedFamilyNameForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const lastInCapitals = [...words.slice(0, -1), last.toUpperCase()].join(" ");
  return words.length === 2 ? [`${last.toUpperCase()} ${words[0]}`, lastInCapitals] : [lastInCapitals];
}

/**
 * "el-Sisi", "al-Assad" open a sentence or follow a title as "El-Sisi", "Al-Assad" ("President
 * El-Sisi and President Xi …"): an alias opening with the Arabic article in lower case is also
 * written with it capitalised.
 */
function withCapitalisedArticle(forms: readonly string[]): string[] {
  const capitalised = forms
    .filter((form) => /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}/u.test(form))
    .map((form) => form[0]!.toUpperCase() + form.slice(1));
  return [...forms, ...capitalised.filter((form) => !forms.includes(form))];
}

export const knownForms = new Map<string, KnownForm>();
for (const person of PEOPLE) {
  const names = withFoldedVariants([person.name, ...capitalisedFamilyNameForms(person.name)]);
  const forms: [string, "name" | "alias"][] = [
    ...names.map((n): [string, "name"] => [n, "name"]),
    ...withFoldedVariants(withCapitalisedArticle(person.aliases))
      .filter((a) => !names.includes(a))
      .map((a): [string, "alias"] => [a, "alias"]),
  ];
  for (const [phrase, via] of forms) {
    const entry = knownForms.get(phrase);
    if (!entry) knownForms.set(phrase, { ids: [person.id], via });
    else if (!entry.ids.includes(person.id)) entry.ids.push(person.id);
  }
}
const knownMatcher = new PhraseMatcher([...knownForms].map(([phrase, value]) => ({ phrase, value })));

/** Picks the holder of a shared alias on a date: the one whose current role the alias names, else the only one in office. */
function resolveShared(ids: string[], phrase: string, date: string | undefined): string | undefined {
  if (ids.length === 1) return ids[0];
  if (date === undefined) return undefined;
  const lower = phrase.toLowerCase();
  const active = ids.filter((id) => rolesOn(personById(id)!, date).length > 0);
  const titled = active.filter((id) =>
    rolesOn(personById(id)!, date).some((r) => r.nouns.some((n) => lower.startsWith(`${n} `))),
  );
  if (titled.length === 1) return titled[0];
  return active.length === 1 ? active[0] : undefined;
}

/**
 * A one-word alias that is also an English word ("Ban") is a noun, not the person, when followed by
 * "on/against <lower-case word>" ("Ban on nuclear tests"); "Ban on Friday", "Ban on behalf of" stay names.
 */
const COMMON_NOUN_AFTER = /^\s+(?:on|against)\s+(?!behalf\b|the\b)\p{Ll}/u;

export function findKnown(text: string, runs: readonly WordRun[], date: string | undefined): ActorMention[] {
  const candidates: ActorMention[] = [];
  for (const hit of knownMatcher.candidates(text, runs)) {
    const actorId = resolveShared(hit.value.ids, hit.phrase, date);
    if (!actorId) continue;
    if (
      hit.value.via === "alias" &&
      !/\s/.test(hit.phrase) &&
      COMMON_NOUN_AFTER.test(text.slice(hit.end, hit.end + 40))
    )
      continue;
    candidates.push({
      actorId,
      start: hit.start,
      end: hit.end,
      surface: text.slice(hit.start, hit.end),
      via: hit.value.via,
    });
  }
  return mergeSameActor(candidates);
}

/**
 * Longest first, no overlaps; where two forms of the same person overlap, the name wins over the
 * honorific alias ("President Xi" + "Xi Jinping" in "President Xi Jinping" → "Xi Jinping").
 */
function mergeSameActor(candidates: ActorMention[]): ActorMention[] {
  const bySize = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ActorMention[] = [];
  for (const c of bySize) {
    const overlapping = kept.filter((k) => c.start < k.end && k.start < c.end);
    if (overlapping.length === 0) {
      kept.push(c);
      continue;
    }
    const [k] = overlapping;
    if (overlapping.length === 1 && k && k.actorId === c.actorId && k.via === "alias" && c.via === "name") {
      kept[kept.indexOf(k)] = c;
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Words before a title its bearer no longer holds ("former", "ex-", "the late"): such a role never resolves to the holder of the day. */
export const FORMER_BEFORE = /(?:\bformer|\bex-|\bthe late)\s*$/i;

/** What a later sentence may call a person introduced as "<adjective> <title> <Name>": the title, its head noun ("the Secretary"), "leader" for heads of state or government. */
export function introducedNouns(title: string): string[] {
  const lower = title.toLowerCase();
  // The head noun ends the title, or comes before its "of" ("Secretary of State", "Minister of Foreign Affairs").
  const head = lower
    .split(/\s+of\s+/)[0]!
    .split(/\s+/)
    .slice(-1)[0]!;
  const leads =
    /\b(?:president|prime minister|premier|taoiseach|chancellor|king|queen|emir|sultan|chairman|counterpart)\b/.test(
      lower,
    );
  const state = /\b(?:president|king|queen|emir|sultan)\b/.test(lower) && !/\bvice\b/.test(lower);
  return [
    ...new Set([
      lower,
      head,
      ...portfolioForms(lower),
      ...(leads ? ["leader"] : []),
      ...(state ? ["head of state"] : []),
    ]),
  ];
}

/** "minister of foreign affairs" is also "foreign affairs minister" and "foreign minister" (as "minister for trade" is "trade minister"). */
function portfolioForms(lower: string): string[] {
  const shape = /^((?:[\w-]+ )*?)minister (?:of|for) (?:the )?([\w -]+)$/.exec(lower);
  if (!shape) return [];
  const [, rank, field] = shape;
  const forms = [`${rank}${field} minister`];
  if (/ affairs$/.test(field!)) forms.push(`${rank}${field!.replace(/ affairs$/, "")} minister`);
  return forms;
}
