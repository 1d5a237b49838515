/**
 * Actor recognition: known people by name or alias (gazetteer), people introduced by the general
 * rule "<party adjective> <title> <Name>", attendees from attendance sentences, and the dataset's
 * Actor records. Never invents a person from a bare capitalised name.
 */
import type { Actor } from "../domain/schema";
import {
  PARTIES,
  PEOPLE,
  TITLES,
  partyById,
  personById,
  rolesOn,
  withFoldedVariants,
  type PartyRecord,
} from "./gazetteer";
import { escapeRegExp, PhraseMatcher, slugify, WORD_END, wordRuns, type WordRun } from "./text-utils";

export interface ActorMention {
  actorId: string;
  start: number;
  end: number;
  surface: string;
  /** How it was recognised. */
  via: "name" | "alias" | "introduced";
}

export interface IntroducedPerson {
  id: string;
  name: string;
  party: string;
  title: string;
}

// ---------------------------------------------------------------------------------------------
// Known people: one phrase index over every name and alias (and their accent-free spellings).

interface KnownForm {
  /** Several ids when people share an alias ("Premier Li"): resolved by the date. */
  ids: string[];
  via: "name" | "alias";
}

/** "Fumio Kishida" is also written "KISHIDA Fumio" (family name first, in capitals) by some ministries. */
function familyNameFirstForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length !== 2) return [];
  return [`${words[1]!.toUpperCase()} ${words[0]}`];
}

const knownForms = new Map<string, KnownForm>();
for (const person of PEOPLE) {
  const names = withFoldedVariants([person.name, ...familyNameFirstForms(person.name)]);
  const forms: [string, "name" | "alias"][] = [
    ...names.map((n): [string, "name"] => [n, "name"]),
    ...withFoldedVariants(person.aliases)
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

function findKnown(text: string, runs: readonly WordRun[], date: string | undefined): ActorMention[] {
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

// ---------------------------------------------------------------------------------------------
// Introduction rule: "<party adjective> <title> <Name>" and "<title> of <party> <Name>".

/** Alternation source, longest first so the regex prefers "South African" over any shorter form. */
function alternation(forms: Iterable<string>, toSource: (form: string) => string = escapeRegExp): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map(toSource)
    .join("|");
}

/** A title whose words may be capitalised or not ("Prime Minister", "prime minister"). */
function titleSource(title: string): string {
  return title
    .split(/\s+/)
    .map((word) =>
      word
        .split("-")
        .map((part) => {
          const first = part[0] ?? "";
          const rest = escapeRegExp(part.slice(1));
          return first.toUpperCase() !== first.toLowerCase()
            ? `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`
            : escapeRegExp(part);
        })
        .join("-"),
    )
    .join("\\s+");
}

const adjectiveParty = new Map<string, string>();
const partyNameParty = new Map<string, string>();
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

const NAME_WORD =
  "(?!(?:Jr|Sr)\\.)(?:(?:al|el|Al|El)-)?\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’](?!s(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]+)*";
const PARTICLE = "(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|la|le|bin|binti|ibn|al|el|bint)";
const INITIAL = "\\p{Lu}\\.";
const NAME = `${NAME_WORD}(?:\\s+(?:${INITIAL}\\s+)*(?:${PARTICLE}\\s+)*${NAME_WORD}){0,5}(?:,?\\s+(?:Jr|Sr)\\.)?`;
const HONORIFIC = "(?:(?:H\\.\\s?E\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Madam|Mme\\.?|Sir|Dame)\\s+)*";
const ONE_TITLE = alternation(TITLES, titleSource);
/** One title or several joined by "and" ("Vice Premier and Finance Minister"). */
const TITLE_ALT = `(?:${ONE_TITLE})(?:\\s+and\\s+(?:${ONE_TITLE}))*`;
const REPUBLIC_OF = "(?:(?:\\p{Lu}[\\p{L}']*\\s+){0,3}Republic\\s+of\\s+(?:the\\s+)?)?";

const PARTY_NAME_ALT = alternation(partyNameParty.keys());
/** "Chinese Ambassador to Russia Zhang X": where an envoy is posted is not part of the name. */
const POSTED_TO = `(?:\\s+to\\s+(?:the\\s+)?(?:${PARTY_NAME_ALT}))?`;
/** After a party adjective ("German"): "<title> [to <party>] [,] [Mr.] <Name>". */
const AFTER_ADJECTIVE = new RegExp(
  `\\s+(?<title>${TITLE_ALT})${POSTED_TO}(?:\\s*,)?\\s+${HONORIFIC}(?<name>${NAME})`,
  "uy",
);
/** At a title: "<title> of [the] <party> [,] <Name>" ("President of Kenya X Y"). */
const TITLE_OF_PARTY = new RegExp(
  `(?<title>${TITLE_ALT})\\s+of\\s+(?:the\\s+)?${REPUBLIC_OF}(?<party>${PARTY_NAME_ALT})(?:\\s*,)?\\s+${HONORIFIC}(?<name>${NAME})${WORD_END}`,
  "uy",
);
const adjectiveMatcher = new PhraseMatcher([...adjectiveParty].map(([phrase, value]) => ({ phrase, value })));
/** First words of titles, in both cases: where TITLE_OF_PARTY is worth trying. */
const TITLE_FIRST_WORDS = new Set(
  TITLES.flatMap((t) => {
    const first = t.split(/[\s-]/)[0] ?? "";
    return [first, first.toLowerCase()];
  }),
);

/** Capitalised words that end a name: dates, headline verbs, function words, institutions, titles, parties. */
const NAME_STOP = new Set([
  ..."Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Today Tonight Yesterday Tomorrow".split(
    " ",
  ),
  ..."Hold Holds Held Meet Meets Met Meeting Talk Talks Say Says Said Call Calls Phone Speak Speaks Visit Visits Send Sends Congratulate Congratulates Welcome Welcomes Attend Attends Discuss Discusses Sign Signs Urge Urges Vow Vows Pledge Pledges Reiterate Reiterates Exchange Exchanges Conference Video Virtual Summit Greetings Message Letter Condolences Telephone Conversation Stress Stresses Note Notes Agree Agrees".split(
    " ",
  ),
  ..."The A An And Or But With In On At Of For To From By Via Over Amid During After Before Ahead As Is Are Was Were Has Have Had Will Would Can Could May Might Should Also Both This That These Those He She They It His Her Their Its".split(
    " ",
  ),
]);
// Institutions and titles are not names either ("UN General Assembly President …" is no person "Assembly President").
for (const word of "Assembly Council Committee Commission Office Ministry Department Staff Secretariat Party Government Congress Parliament Bank Fund Organization Organisation Union Forum Initiative Cooperation Group Security Affairs State Foreign National Federal Central Republic Kingdom Embassy Consulate Delegation Mission".split(
  " ",
))
  NAME_STOP.add(word);
for (const title of TITLES)
  for (const word of title.split(/[\s-]+/)) if (/^\p{Lu}/u.test(word)) NAME_STOP.add(word);
for (const party of PARTIES)
  for (const form of [party.name, ...party.aliases, ...party.adjectives])
    if (!/\s/.test(form)) NAME_STOP.add(form);

const PARTICLES = new RegExp(`^${PARTICLE}$`, "u");

/** Cuts a regex-matched name at the first stop word; returns its length, or 0 if fewer than two name words remain. */
function trimName(raw: string): number {
  const tokens = [...raw.matchAll(/\S+/gu)];
  let end = 0;
  let words = 0;
  for (const t of tokens) {
    const word = t[0].replace(/,$/, "");
    if (NAME_STOP.has(word)) break;
    if (PARTICLES.test(word) || /^\p{Lu}\.$/u.test(word) || /^(?:Jr|Sr)\.$/.test(word)) {
      if (/^(?:Jr|Sr)\.$/.test(word) && words > 0) end = t.index + t[0].length;
      continue;
    }
    words += 1;
    end = t.index + word.length;
  }
  return words >= 2 ? end : 0;
}

function titleCase(title: string): string {
  return title
    .replace(/\s+/g, " ")
    .split(" ")
    .map((w, i) =>
      i > 0 && /^(?:of|the|for|and)$/.test(w)
        ? w
        : w.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(" ");
}

interface Introduction {
  name: string;
  start: number;
  end: number;
  party: string;
  title: string;
}

function findIntroductions(text: string, runs: readonly WordRun[]): Introduction[] {
  const found: Introduction[] = [];
  const add = (m: RegExpExecArray, party: string | undefined) => {
    const groups = m.groups ?? {};
    const rawName = groups.name ?? "";
    const length = trimName(rawName);
    if (!party || length === 0) return;
    const start = m.index + m[0].length - rawName.length;
    found.push({
      name: text.slice(start, start + length).replace(/\s+/g, " "),
      start,
      end: start + length,
      party,
      title: titleCase(groups.title ?? ""),
    });
  };
  for (const hit of adjectiveMatcher.candidates(text, runs)) {
    AFTER_ADJECTIVE.lastIndex = hit.end;
    const m = AFTER_ADJECTIVE.exec(text);
    if (m) add(m, hit.value);
  }
  for (const run of runs) {
    if (!TITLE_FIRST_WORDS.has(run.word)) continue;
    TITLE_OF_PARTY.lastIndex = run.start;
    const m = TITLE_OF_PARTY.exec(text);
    if (m) add(m, partyNameParty.get(m.groups?.party ?? ""));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** How a readout refers back to an introduced person: the full name, then the family name alone. */
function referenceForms(person: IntroducedPerson): string[] {
  const words = person.name
    .split(" ")
    .filter((w) => !PARTICLES.test(w) && !/^(?:\p{Lu}\.|Jr\.|Sr\.)$/u.test(w));
  const family = partyById(person.party)?.familyNameFirst ? words[0] : words[words.length - 1];
  const forms = withFoldedVariants([person.name]);
  if (family && family.length >= 2 && !NAME_STOP.has(family) && !knownForms.has(family))
    forms.push(...withFoldedVariants([family]));
  return forms;
}

/**
 * Known people in text by name/alias (case-sensitive, word-bounded, longest match wins, no overlaps),
 * plus people introduced by the general rule "<party adjective> <title> <Name>" ("German Chancellor
 * Olaf Scholz", "UN Secretary-General X Y") or "<title> of <party> <Name>" ("President of Kenya X Y"),
 * which also yields IntroducedPerson records for people not in the gazetteer; once introduced, their
 * full name and family name are recognised anywhere in the text. `date` (YYYY-MM-DD) resolves aliases
 * several people share ("Premier Li"). `known` are people introduced elsewhere in the same readout
 * (pass them when calling per sentence). A bare unknown capitalised name is never invented into a person.
 */
export function findActorMentions(
  text: string,
  date?: string,
  known: readonly IntroducedPerson[] = [],
): { mentions: ActorMention[]; introduced: IntroducedPerson[] } {
  const runs = wordRuns(text);
  const mentions = findKnown(text, runs, date);
  const overlapsMention = (start: number, end: number) =>
    mentions.some((m) => start < m.end && m.start < end);

  const introduced: IntroducedPerson[] = [];
  for (const intro of findIntroductions(text, runs)) {
    const overlapping = mentions.filter((m) => intro.start < m.end && m.start < intro.end);
    if (overlapping.length > 0) {
      // A known person's one-word alias inside a longer name of someone from another party is a
      // coincidence ("Iranian Foreign Minister Abbas X" is not Mahmoud Abbas): the introduction wins.
      const coincidental = overlapping.every(
        (m) =>
          m.via === "alias" &&
          m.start >= intro.start &&
          m.end <= intro.end &&
          personById(m.actorId)?.party !== intro.party,
      );
      if (!coincidental) continue;
      for (const m of overlapping) mentions.splice(mentions.indexOf(m), 1);
    }
    const id = slugify(intro.name);
    if (personById(id)) {
      mentions.push({
        actorId: id,
        start: intro.start,
        end: intro.end,
        surface: text.slice(intro.start, intro.end),
        via: "name",
      });
    } else {
      if (!introduced.some((p) => p.id === id) && !known.some((p) => p.id === id)) {
        introduced.push({ id, name: intro.name, party: intro.party, title: intro.title });
      }
      mentions.push({
        actorId: id,
        start: intro.start,
        end: intro.end,
        surface: text.slice(intro.start, intro.end),
        via: "introduced",
      });
    }
  }

  const referents = [...known, ...introduced];
  if (referents.length > 0) {
    // A family name two introduced people share is ambiguous: only full names then.
    const formOwners = new Map<string, Set<string>>();
    for (const person of referents)
      for (const form of referenceForms(person))
        formOwners.set(form, (formOwners.get(form) ?? new Set()).add(person.id));
    const matcher = new PhraseMatcher(
      [...formOwners]
        .filter(([, owners]) => owners.size === 1)
        .map(([phrase, owners]) => ({ phrase, value: [...owners][0]! })),
    );
    for (const hit of matcher.find(text)) {
      if (!overlapsMention(hit.start, hit.end))
        mentions.push({
          actorId: hit.value,
          start: hit.start,
          end: hit.end,
          surface: text.slice(hit.start, hit.end),
          via: "introduced",
        });
    }
  }

  return {
    mentions: mentions.sort((a, b) => a.start - b.start),
    introduced,
  };
}

// ---------------------------------------------------------------------------------------------
// Attendance

/** Cues after which the attendees are listed: "Also present were …", "Attending the talks were …", "accompanied by …". */
const CUES_BEFORE_LIST = [
  /(?:^|[,;:]\s*|\b(?:also|those|others)\s+)(?:present|attending|participating|in\s+attendance)\b[^,.;:]{0,60}?\b(?:were|was|included|include)\b/giu,
  /\b(?:accompanied|joined|attended)\s+by\b/giu,
];
/** Cues the attendees precede: "… were present at the meeting", "… attended the above event", "… accompanied Xi". */
const CUES_AFTER_LIST = [
  /\b(?:were|was|are|is)\s+(?:also\s+)?(?:among\s+(?:those\s+)?)?(?:present|in\s+attendance)\b/giu,
  /\b(?:also\s+)?(?:attended|participated\s+in|took\s+part\s+in|accompanied)\b(?!\s+by\b)/giu,
  /\b(?:also\s+)?joined\s+(?:the\s+|them\s+(?:at|in)\s+the\s+)?(?:talks|meeting|event|discussions?|call|conversation|banquet|ceremony)\b/giu,
  /\b(?:also\s+)?joined\s+(?:[\w-]+\s+){1,3}(?:for|in|at|on)\s+the\s+(?:talks|meeting|event|discussions?|call|conversation|banquet|ceremony)\b/giu,
];
/** Cheap test run first: most sentences carry no attendance cue at all. */
const ANY_CUE = /\b(?:present|attend|accompan|participat|took\s+part|joined)/iu;
/** Words that end a list of names: a new clause, a verb of saying, a pronoun. */
const LIST_BREAK =
  /[;:()"“”.!?]|\b(?:who|whom|whose|which|that|said|says|say|told|noted|stressed|thanked|met|meets|held|holds|talked|spoke|called|invited|welcomed|urged|expressed|he|she|they|it|we|his|her|their|when|while|after|before|during|because|if|but|where|although|then)\b/iu;

/** Abbreviations whose full stop does not end a list ("Also present were H.E. Mr. …"). */
const ABBREVIATIONS = /\b(?:H\.\s?E|Mr|Mrs|Ms|Dr|Prof|Gen|Adm|Amb|Sen|Rep|St)\./g;
const breaksList = (gap: string) => LIST_BREAK.test(gap.replace(ABBREVIATIONS, ""));

function listBefore(mentions: ActorMention[], text: string, cueStart: number): ActorMention[] {
  const list: ActorMention[] = [];
  let boundary = cueStart;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > boundary) continue;
    if (breaksList(text.slice(m.end, boundary))) break;
    list.unshift(m);
    boundary = m.start;
  }
  return list;
}

function listAfter(mentions: ActorMention[], text: string, cueEnd: number): ActorMention[] {
  const list: ActorMention[] = [];
  let boundary = cueEnd;
  for (const m of mentions) {
    if (m.start < boundary) continue;
    if (breaksList(text.slice(boundary, m.start))) break;
    list.push(m);
    boundary = m.end;
  }
  return list;
}

/**
 * Actors named in an attendance sentence ("Wang Huning, Li Zhanshu, Yang Jiechi and others were present
 * at the meeting.", "Cai Qi and Wang Yi attended the above event.", "Also present were …",
 * "… accompanied by …", "Attending the talks were …"): only the names in the list the cue governs.
 * [] when the sentence does not say someone attended or was present. Principals who "attended" an
 * event are returned too; the caller separates them. `known`: people introduced earlier in the readout.
 */
// "…attended by, from the Russian side: A, B; from the Chinese side: C, D." lists both delegations in
// one sentence; the side labels and semicolons are blanked (same length, so offsets hold) to read one list.
const SIDE_LABEL = /\bfrom\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+side\s*:/iu;
const SIDE_LABEL_OR_SEMICOLON = /\bfrom\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+side\s*:|;/giu;

export function findAttendees(
  text: string,
  date?: string,
  known: readonly IntroducedPerson[] = [],
): ActorMention[] {
  if (!ANY_CUE.test(text)) return [];
  const sentence = SIDE_LABEL.test(text)
    ? text.replace(SIDE_LABEL_OR_SEMICOLON, (label) => (label === ";" ? "," : " ".repeat(label.length)))
    : text;
  const found: ActorMention[] = [];
  let mentions: ActorMention[] | undefined;
  const all = () => (mentions ??= findActorMentions(sentence, date, known).mentions);
  for (const cue of CUES_BEFORE_LIST) {
    for (const m of sentence.matchAll(cue)) found.push(...listAfter(all(), sentence, m.index + m[0].length));
  }
  for (const cue of CUES_AFTER_LIST) {
    for (const m of sentence.matchAll(cue)) found.push(...listBefore(all(), sentence, m.index));
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((m) => (seen.has(m.actorId) ? false : (seen.add(m.actorId), true)));
}

// ---------------------------------------------------------------------------------------------
// Dataset actors

function partyActor(party: PartyRecord): Actor {
  return {
    id: party.id,
    name: party.name,
    kind: party.kind,
    party: party.id,
    aliases: [...party.aliases],
    roles: [],
  };
}

/**
 * Dataset Actor objects (src/domain/schema.ts) for the given ids, in the order given, without repeats:
 * gazetteer people, parties (kind country/organisation, party = own id) and introduced people.
 * Roles without the nouns field. Throws on an id that is none of these (a pipeline bug).
 */
export function toDatasetActors(
  ids: Iterable<string>,
  introduced: readonly IntroducedPerson[] = [],
): Actor[] {
  const actors: Actor[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const person = personById(id);
    if (person) {
      actors.push({
        id: person.id,
        name: person.name,
        kind: "person",
        party: person.party,
        aliases: [...person.aliases],
        roles: person.roles.map(({ title, from, to }) => ({
          title,
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        })),
      });
      continue;
    }
    const party = partyById(id);
    if (party) {
      actors.push(partyActor(party));
      continue;
    }
    const newcomer = introduced.find((p) => p.id === id);
    if (newcomer) {
      actors.push({
        id: newcomer.id,
        name: newcomer.name,
        kind: "person",
        party: newcomer.party,
        aliases: [],
        roles: [{ title: newcomer.title }],
      });
      continue;
    }
    throw new Error(`toDatasetActors: "${id}" is neither in the gazetteer nor among the introduced people`);
  }
  return actors;
}

/** The party of a gazetteer person, an introduced person or a party id itself; undefined if unknown. */
export function partyOfActor(actorId: string, introduced: readonly IntroducedPerson[]): string | undefined {
  return (
    personById(actorId)?.party ??
    introduced.find((p) => p.id === actorId)?.party ??
    (partyById(actorId) ? actorId : undefined)
  );
}

/** True for gazetteer people and people introduced in the readout (not for parties). */
export function isPersonActor(actorId: string, introduced: readonly IntroducedPerson[]): boolean {
  return Boolean(personById(actorId) ?? introduced.find((p) => p.id === actorId));
}

/** The display name of a person (gazetteer or introduced), else the id. */
export function nameOfActor(actorId: string, introduced: readonly IntroducedPerson[]): string {
  return personById(actorId)?.name ?? introduced.find((p) => p.id === actorId)?.name ?? actorId;
}
