/**
 * The appositive introduction: a name, then its title after a comma, as Xinhua, China Daily and
 * parliaments' pages name a guest: "Wang met with A B, Senegal's minister of foreign affairs, …",
 * "… with C D, chairman of the Council of Ministers of Bosnia and Herzegovina, …", "… with E bin F,
 * speaker of the Mazhilis, or the lower house of Kazakhstan's parliament, …". The person's party is
 * the one country or organisation the appositive names; an appositive naming none, or only China,
 * introduces no one (Chinese officials are in the gazetteer), except on a government's own page, whose
 * officials it names by office alone ("Mr. A B, Minister for Foreign Affairs, who is visiting …" on
 * Japan's foreign ministry page is Japan's).
 */
import { CHINA } from "../../domain/schema";
import { TITLE_PARTY } from "../gazetteer";
import { escapeRegExp, wordRuns } from "../text-utils";
import {
  isNameWord,
  PARTICLES,
  partyFormMatcher,
  TITLE_ALT,
  titleCase,
  type Introduction,
} from "./introductions";

/** Words that may stand before the title: "the 100-year-old former US Secretary of State", "former senior US Senator", "now chairman of …". */
const LEAD =
  /^(?:(?:the|then|former|late|now|also|currently|senior|veteran|longtime|retired|\d+-year-old)\s+)*/i;
/** What may follow the title in its segment: nothing (the segment's end, or a gloss's comma), or its complement ("of the Council of Ministers of …", "and international cooperation"). */
const TITLE_AT = new RegExp(`(?:${TITLE_ALT})(?=$|,|:\\s|\\s+(?:of|for|to|and|at|in|on|from)\\b)`, "uy");
/** A segment that goes on glossing the appositive: ", the lower house of parliament", ", or the lower house of …", ", and now chairman of …". */
const GLOSS = /^(?:or|the|and|also|now)\b/i;

/** The two-or-more-word name that ends right before `end` (a comma), or undefined. */
function nameBefore(text: string, end: number): { start: number; name: string } | undefined {
  const tokens = [...text.slice(Math.max(0, end - 80), end).matchAll(/\S+/gu)];
  const offset = Math.max(0, end - 80);
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = tokens[i]![0];
    const particle = PARTICLES.test(word);
    if (!particle && !isNameWord(word)) break;
    if (particle && i === tokens.length - 1) return undefined;
    first = i;
  }
  while (first < tokens.length && PARTICLES.test(tokens[first]![0])) first++;
  const words = tokens.slice(first).filter((t) => !PARTICLES.test(t[0]));
  // A token cut by the 80-character window is not a whole word.
  if (words.length < 2 || words.length > 6 || (first === 0 && end > 80)) return undefined;
  const start = offset + tokens[first]!.index;
  return { start, name: text.slice(start, end).replace(/\s+/g, " ") };
}

/** A family name alone before `end` whose full name ("<Given> <Family>") the text gave earlier. */
function familyNameBefore(text: string, end: number): { start: number; name: string } | undefined {
  const word = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(
    text.slice(Math.max(0, end - 40), end),
  )?.[1];
  if (!word || !isNameWord(word)) return undefined;
  const start = end - word.length;
  const given = new RegExp(
    `(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{L}\\p{M}'’-]+)\\s+${escapeRegExp(word)}(?![\\p{L}\\p{M}])`,
    "u",
  ).exec(text.slice(0, start))?.[1];
  if (!given || !isNameWord(given)) return undefined;
  return { start, name: `${given} ${word}` };
}

/** The appositive's segments after the comma at `at`: the first, and the glosses that follow it. */
function appositiveAt(text: string, at: number): string | undefined {
  const segments: string[] = [];
  let from = at;
  while (segments.length < 3) {
    const rest = text.slice(from, from + 160);
    const stop = rest.search(/[,;()\n]|\.(?:\s|$)/);
    const segment = stop < 0 ? rest : rest.slice(0, stop);
    if (stop < 0 && rest.length === 160) return undefined;
    segments.push(segment);
    if (rest[stop] !== ",") break;
    from += stop + 1;
    const next = text.slice(from).replace(/^\s+/, "");
    if (!GLOSS.test(next)) break;
    from = text.length - next.length;
  }
  return segments.join(", ");
}

/**
 * People introduced by an appositive title after their name; `found` are the introductions read
 * already. A transcript's speaker label ("Penny Wong, Foreign Minister: …", in capitals on the page)
 * names no country: its speaker is `labelParty`'s (the page's own government, else the one country
 * the text names or pairs with China). `homeParty` is whose own page it is.
 */
export function appositiveIntroductions(
  text: string,
  found: readonly Introduction[],
  labelParty?: string,
  homeParty?: string,
): Introduction[] {
  const introduced: Introduction[] = [];
  for (const comma of text.matchAll(/,\s+/g)) {
    const at = comma.index + comma[0].length;
    const lead = LEAD.exec(text.slice(at, at + 60))![0];
    const clause = appositiveAt(text, at);
    if (!clause) continue;
    const head = clause.slice(lead.length);
    // "Sierra Leone's minister …", "former Japanese Prime Minister": a party form may open it.
    const opener = partyFormMatcher.find(head, wordRuns(head)).find((hit) => hit.start === 0);
    const titleFrom = opener ? head.slice(opener.end).replace(/^\s+/, "") : head;
    TITLE_AT.lastIndex = 0;
    const title = TITLE_AT.exec(titleFrom);
    if (!title) continue;
    const former = /\b(?:former|ex-|late)\b/i.test(lead) || /^ex-/i.test(head) ? "Former " : "";
    // "Han and Morishima, former Japanese Prime Minister": the one word is the family name of
    // the full name the text gave before ("Kenta Morishima"), and the role no longer theirs.
    const person =
      nameBefore(text, comma.index) ?? (former ? familyNameBefore(text, comma.index) : undefined);
    if (!person) continue;
    const end = comma.index;
    if (found.some((f) => f.start < end && person.start < f.end)) continue;
    // The label's colon right after the title, the name opening its paragraph.
    const label =
      titleFrom[title[0].length] === ":" && (person.start === 0 || text[person.start - 1] === "\n");
    if (titleFrom[title[0].length] === ":" && !label) continue;
    // A label's words end at its colon: the speech after it names other parties.
    const own = label ? clause.slice(0, clause.indexOf(":")) : clause;
    const parties = new Set(partyFormMatcher.find(own, wordRuns(own)).map((hit) => hit.value));
    const national = TITLE_PARTY.get(title[0].replace(/\s+/g, " ").toLowerCase());
    // A party form opening the title is the person's ("former Japanese Prime Minister, also
    // exchanged views on China-Japan relations": the gloss's parties are not theirs).
    const party = opener
      ? opener.value
      : parties.size === 1
        ? [...parties][0]!
        : parties.size === 0
          ? (national ?? (label ? labelParty : homeParty))
          : undefined;
    if (!party || party === CHINA) continue;
    introduced.push({
      name: person.name,
      start: person.start,
      end,
      party,
      title: former + titleCase(title[0]),
    });
  }
  return introduced;
}
