/**
 * The introduction rule: "<party adjective> <title> <Name>" ("German Chancellor Olaf Scholz") and
 * "<title> of <party> <Name>" ("President of Kenya X Y") introduce a person the gazetteer may not
 * know; a bare capitalised name never does.
 */
import { PARTIES, TITLES, TITLE_PARTY, partyById } from "../gazetteer";
import {
  adjectiveParty,
  bilateralPartner,
  namedMinistryParty,
  PARTY_NAME_ALT,
  partyAround,
  partyFormMatcher,
  partyNameParty,
  REPUBLIC_OF,
} from "./party-forms";
import { ENGLISH } from "../language/en/lexicon";
import { alternation, escapeRegExp, PhraseMatcher, WORD_END, type WordRun } from "../text-utils";

export { partyFormMatcher, partyNameParty } from "./party-forms";
import { CHINA } from "../../domain/schema";
import { looksPinyin, opensPinyinName } from "./pinyin";
// ---------------------------------------------------------------------------------------------
// Introduction rule: "<party adjective> <title> <Name>" and "<title> of <party> <Name>".

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

const NAME_WORD =
  "(?!(?:Jr|Sr)\\.)(?:(?:al|el|Al|El)-)?\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’](?!s(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]+)*";
const PARTICLE = "(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|la|le|bin|binti|ibn|al|el|bint)";
const INITIAL = "\\p{Lu}\\.";
// A name's words stand on one line: "Meeting with Prime Minister T A" heading a section is not
// "T A Li" with the next paragraph's first word.
const NAME = `${NAME_WORD}(?:[^\\S\\n]+(?:${INITIAL}[^\\S\\n]+)*(?:${PARTICLE}[^\\S\\n]+)*${NAME_WORD}){0,5}(?:,?\\s+(?:Jr|Sr)\\.)?`;
/** Royal titles as written (lexicon.json): "Prince", "Sheikh", "Crown Prince", "His Royal Highness". */
const ROYAL = alternation(ENGLISH.royalTitles);
/** Honorifics between a title and a name, stacked: "H.E. Mr", "Hon.", "Foreign Minister Prince …", "Emir of Qatar Sheikh …", Malaysia's "Datuk Seri", "Tan Sri". */
const HONORIFIC = `(?:(?:H\\.\\s?E\\.|Hon\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Madam|Mme\\.?|Sir|Dame|Tan\\s+Sri|Datuk(?:\\s+Seri)?|Dato['’]?(?:\\s+S(?:e)?ri)?|${ROYAL})\\s+)*`;
/** Pages misspell titles ("Prime Minster"): each title is also read with its misspelt words (lexicon.json). */
const MISSPELT = Object.entries(ENGLISH.titleMisspellings);
const misspeltForms = (title: string): string[] =>
  MISSPELT.filter(([, right]) => new RegExp(`\\b${right}\\b`).test(title)).map(([wrong, right]) =>
    title.replace(new RegExp(`\\b${right}\\b`, "g"), wrong),
  );
const ONE_TITLE = alternation([...TITLES, ...TITLES.flatMap(misspeltForms)], titleSource);
/** One title or several joined by "and" ("Vice Premier and Finance Minister"). */
export const TITLE_ALT = `(?:${ONE_TITLE})(?:\\s+and\\s+(?:${ONE_TITLE}))*`;
/** "Chinese Ambassador to Russia Zhang X": where an envoy is posted is not part of the name. */
const POSTED_TO = `(?:\\s+to\\s+(?:the\\s+)?(?:${PARTY_NAME_ALT}))?`;
/**
 * Between a title and its name: spaces or a comma on the title's line. A site's header line
 * "President of Mongolia" over a heading in capitals ("MEETING WITH …") introduces no one.
 */
const TO_NAME = "(?:[^\\S\\n]*,)?[^\\S\\n]+";
/** After a party adjective ("German"): "<title> [to <party>] [,] [Mr.] <Name>". */
const AFTER_ADJECTIVE = new RegExp(
  `\\s+(?<title>${TITLE_ALT})${POSTED_TO}${TO_NAME}${HONORIFIC}(?<name>${NAME})`,
  "uy",
);
/** At a title: "<title> of [the] <party> [,] <Name>" ("President of Kenya X Y"). */
const TITLE_OF_PARTY = new RegExp(
  `(?<title>${TITLE_ALT})\\s+of\\s+(?:the\\s+)?${REPUBLIC_OF}(?<party>${PARTY_NAME_ALT})${TO_NAME}(?<honorific>${HONORIFIC})(?<name>${NAME})${WORD_END}`,
  "uy",
);
/** At a title with no country: "Deputy Prime Minister Lim Boon Keat", "Minister of Finance Gantulga Dorj". */
const BARE_TITLE = new RegExp(
  `(?<title>${TITLE_ALT})${TO_NAME}${HONORIFIC}(?<name>${NAME})${WORD_END}`,
  "uy",
);
/**
 * "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan": the family name in capitals before
 * the given name, then the title and the country (Japan's foreign ministry). The person's name is
 * written given name first ("Toshimitsu Motegi"), as the gazetteer writes such names.
 */
const CAPS_FAMILY_THEN_TITLE = new RegExp(
  `(?:Mr|Ms|Mrs|Dr)\\.?\\s+(?<family>\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)\\s+(?<given>\\p{Lu}\\p{Ll}+)\\s*,\\s+(?:the\\s+)?(?<title>${TITLE_ALT})\\s+of\\s+(?:the\\s+)?${REPUBLIC_OF}(?<party>${PARTY_NAME_ALT})${WORD_END}`,
  "uyd",
);

/**
 * A royal known by one name: "Princess Astrid of Belgium", "King Abdullah II of Jordan", "Queen
 * Ana" (then the party is the one around it, as for a bare title). The name is the title with the
 * given name ("Princess Astrid"), as such royals are called.
 */
const ROYAL_ONE_NAME = new RegExp(
  `(?<title>${ROYAL})\\s+(?<name>${NAME_WORD}(?:\\s+[IVX]{1,4})?)(?:\\s+of\\s+(?:the\\s+)?(?<party>${PARTY_NAME_ALT}))?${WORD_END}(?!\\s+(?:${PARTICLE}\\s+)?\\p{Lu})`,
  "uyd",
);
const ROYAL_FIRST_WORDS = new Set(ENGLISH.royalTitles.map((t) => t.split(/\s+/)[0]!));

/**
 * "Prince Mohammed" on a page that names "Crown Prince Mohammed bin Salman": the short form of the
 * royal named in full (given-names.ts links it to him), not a second royal known by one name.
 */
function shortOfFullRoyal(text: string, m: RegExpExecArray): boolean {
  const name = m.groups?.name ?? "";
  if (/\s/.test(name)) return false;
  const full = new RegExp(
    `(?:${ROYAL})\\s+${HONORIFIC}${escapeRegExp(name)}\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}`,
    "u",
  );
  return full.test(text);
}

const adjectiveMatcher = new PhraseMatcher([...adjectiveParty].map(([phrase, value]) => ({ phrase, value })));
/** First words of titles, in both cases: where TITLE_OF_PARTY is worth trying. */
const TITLE_FIRST_WORDS = new Set(
  TITLES.flatMap((t) => {
    const first = t.split(/[\s-]/)[0] ?? "";
    return [first, first.toLowerCase()];
  }),
);

/** Capitalised words that end a name: dates, headline verbs, function words, institutions, titles, parties. */
// Dates, headline verbs, function words and institutions (lexicon.json) end a name; so do titles
// and party names ("UN General Assembly President …" is no person "Assembly President").
export const NAME_STOP = new Set<string>(Object.values(ENGLISH.nameStopWords).flat());
for (const title of TITLES)
  for (const word of title.split(/[\s-]+/)) if (/^\p{Lu}/u.test(word)) NAME_STOP.add(word);
/** One-word party names end a name too, but may start one ("Jordan", "Chad", "Georgia" are also given names). */
export const PARTY_WORDS = new Set<string>();
for (const party of PARTIES)
  for (const form of [party.name, ...party.aliases, ...party.adjectives])
    if (!/\s/.test(form)) PARTY_WORDS.add(form);

export const PARTICLES = new RegExp(`^${PARTICLE}$`, "u");

const NAME_TOKEN = /^(?:(?:al|el|Al|El)-)?\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** A capitalised word that may stand in a person's name: not a stop word, not a one-word party name. */
export function isNameWord(word: string): boolean {
  return NAME_TOKEN.test(word) && !NAME_STOP.has(word) && !PARTY_WORDS.has(word);
}

/** Cuts a regex-matched name at the first stop word; returns its length, or 0 if fewer than `least` name words remain. */
function trimName(raw: string, least = 2): number {
  const tokens = [...raw.matchAll(/\S+/gu)];
  let end = 0;
  let words = 0;
  for (const [i, t] of tokens.entries()) {
    const word = t[0].replace(/,$/, "");
    const family = i === 0 && opensPinyinName(word, tokens[1]?.[0]);
    if ((NAME_STOP.has(word) && !family) || (words > 0 && PARTY_WORDS.has(word))) break;
    // A regnal number ("Harald IV") ends a name without making it two words: one name is a royal's (ROYAL_ONE_NAME).
    const regnal = words > 0 && /^[IVX]{1,4}$/.test(word);
    if (PARTICLES.test(word) || /^\p{Lu}\.$/u.test(word) || /^(?:Jr|Sr)\.$/.test(word) || regnal) {
      if ((/^(?:Jr|Sr)\.$/.test(word) || regnal) && words > 0) end = t.index + t[0].length;
      continue;
    }
    words += 1;
    end = t.index + word.length;
  }
  return words >= least ? end : 0;
}

/** A title as written, in title case and spelt right ("Prime Minster" is "Prime Minister"). */
export function titleCase(title: string): string {
  return title
    .replace(/\s+/g, " ")
    .split(" ")
    .map((w) => ENGLISH.titleMisspellings[w.replace(/^\p{Ll}/u, (c) => c.toUpperCase())] ?? w)
    .map((w, i) =>
      i > 0 && /^(?:of|the|for|and)$/.test(w)
        ? w
        : w.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(" ");
}

export interface Introduction {
  name: string;
  start: number;
  end: number;
  party: string;
  title: string;
}

/** `homeParty`: whose own page the text is (publishers.json "party"), the party of its bare titles when the text names no other. */
export function findIntroductions(
  text: string,
  runs: readonly WordRun[],
  homeParty?: string,
): Introduction[] {
  const found: Introduction[] = [];
  const add = (m: RegExpExecArray, party: string | undefined) => {
    const groups = m.groups ?? {};
    const rawName = groups.name ?? "";
    // "the Prime Minister of Tonga, Hon. Hu'akavameiliku": after a title, its country and an
    // honorific, one word is a name (a noble title or a name the person goes by).
    const length = trimName(rawName, groups.honorific ? 1 : 2);
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
  const bare: RegExpExecArray[] = [];
  for (const run of runs) {
    if (!TITLE_FIRST_WORDS.has(run.word)) continue;
    TITLE_OF_PARTY.lastIndex = run.start;
    const m = TITLE_OF_PARTY.exec(text);
    if (m) add(m, partyNameParty.get(m.groups?.party ?? ""));
    else if (/^(?:\p{Lu}|spokes|ministry|foreign)/u.test(run.word)) {
      BARE_TITLE.lastIndex = run.start;
      const b = BARE_TITLE.exec(text);
      // Wire copy writes a spokesperson's title in lower case ("ministry spokesperson Mao Ning said"),
      // other titles are capitalised where they introduce someone.
      if (b && (/^\p{Lu}/u.test(run.word) || /spokes/i.test(b.groups?.title ?? ""))) bare.push(b);
    }
  }
  for (const run of runs) {
    if (!/^(?:Mr|Ms|Mrs|Dr)$/.test(run.word)) continue;
    CAPS_FAMILY_THEN_TITLE.lastIndex = run.start;
    const m = CAPS_FAMILY_THEN_TITLE.exec(text);
    const party = m && partyNameParty.get(m.groups!.party!);
    if (!m || !party) continue;
    const { family, given, title } = m.groups!;
    const [start] = m.indices!.groups!.family!;
    const [, end] = m.indices!.groups!.given!;
    const name = `${given} ${family![0]}${family!.slice(1).toLowerCase()}`;
    found.push({ name, start, end, party, title: titleCase(title!) });
  }
  const royals: RegExpExecArray[] = [];
  for (const run of runs) {
    if (!ROYAL_FIRST_WORDS.has(run.word)) continue;
    ROYAL_ONE_NAME.lastIndex = run.start;
    const m = ROYAL_ONE_NAME.exec(text);
    if (m && !NAME_STOP.has(m.groups?.name?.split(/\s+/)[0] ?? "") && !shortOfFullRoyal(text, m))
      royals.push(m);
  }
  if (bare.length > 0 || royals.length > 0) {
    // Countries only: an organisation named in passing ("APEC") is not whose minister this is.
    const hits = partyFormMatcher.find(text, runs);
    const isCountry = (party: string) => partyById(party)?.kind === "country";
    const parties = hits.filter((hit) => hit.value !== CHINA && isCountry(hit.value));
    const foreign = new Set(parties.map((hit) => hit.value));
    const partner = bilateralPartner(text, hits, CHINA, isCountry);
    // A government's page need not name its own country ("Secretary of State X met with …").
    if (foreign.size === 0 && homeParty && homeParty !== CHINA) foreign.add(homeParty);
    for (const m of bare) {
      const end = m.index + m[0].length;
      if (found.some((f) => f.start < end && m.index < f.end)) continue;
      const name = m.groups?.name ?? "";
      // "Taoiseach Leo Varadkar": a national title says the country itself.
      const title = (m.groups?.title ?? "").replace(/\s+/g, " ").toLowerCase();
      const national = TITLE_PARTY.get(title);
      // "Foreign Ministry spokesperson X": the ministry the lead names, else the page's own.
      const ministry = /\bministry\b/.test(title) ? (namedMinistryParty(text) ?? homeParty) : undefined;
      add(
        m,
        national ??
          ministry ??
          (looksPinyin(name) ? CHINA : partyAround(text, m.index, end, parties, foreign, partner)),
      );
    }
    for (const m of royals) {
      const end = m.index + m[0].length;
      if (found.some((f) => f.start < end && m.index < f.end)) continue;
      const party = m.groups?.party
        ? partyNameParty.get(m.groups.party)
        : partyAround(text, m.index, end, parties, foreign, partner);
      const [, nameEnd] = m.indices!.groups!.name!;
      if (party && party !== CHINA)
        found.push({
          name: `${m.groups!.title} ${m.groups!.name}`.replace(/\s+/g, " "),
          start: m.index,
          end: nameEnd,
          party,
          title: m.groups!.title!,
        });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
