/**
 * A delegation's leader named after "led by" / "headed by", as Xinhua writes a party's or a business
 * federation's visit: "… met with a delegation from the Japan Business Federation led by chairman A
 * B", "The delegation was led by C D, the party's chairman." The leader is a person of the one
 * foreign country the sentence names (else the readout's only foreign country); a name that is the
 * Chinese side's, or a sentence naming several countries, introduces no one.
 */
import { CHINA } from "../../domain/schema";
import { partyById } from "../gazetteer";
import { wordRuns } from "../text-utils";
import {
  isNameWord,
  PARTICLES,
  partyFormMatcher,
  TITLE_ALT,
  titleCase,
  type Introduction,
} from "./introductions";
import { looksPinyin } from "./pinyin";

/** "led by", "headed jointly by", then an optional "its"/"the", a lower-case title and an honorific. */
const LED_BY = new RegExp(
  `\\b(?:led|headed)\\s+(?:jointly\\s+)?by\\s+(?:(?:its|their|the)\\s+)?(?:(?<title>${TITLE_ALT})\\s+)?(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?`,
  "gu",
);

/**
 * What LED_BY needs before its title, as a cheap test: most texts have no "led by", and matchAll
 * copies LED_BY (its long title list compiled again) on every call, most of this file's time.
 */
const LED_BY_GATE = /\b(?:led|headed)\s+(?:jointly\s+)?by\s/;

/** The name of two to six words that starts at `at`: capitalised words and particles, up to a stop word or punctuation. */
function nameAt(text: string, at: number): { end: number; name: string } | undefined {
  let end = at;
  let words = 0;
  for (const token of text.slice(at, at + 80).matchAll(/\S+/gu)) {
    const raw = token[0];
    const word = raw.replace(/[,;:.)]+$/, "");
    const particle = words > 0 && PARTICLES.test(word);
    if (!particle && !isNameWord(word)) break;
    if (!particle) {
      words += 1;
      end = at + token.index + word.length;
    }
    if (word !== raw) break;
  }
  return words >= 2 && words <= 6 ? { end, name: text.slice(at, end).replace(/\s+/g, " ") } : undefined;
}

/** The foreign countries named in a stretch of text. */
function countries(text: string): Set<string> {
  return new Set(
    partyFormMatcher
      .find(text, wordRuns(text))
      .map((hit) => hit.value)
      .filter((id) => id !== CHINA && partyById(id)?.kind === "country"),
  );
}

/** People introduced as a delegation's leader; `found` are the introductions read already. */
export function delegationLeaders(text: string, found: readonly Introduction[]): Introduction[] {
  const introduced: Introduction[] = [];
  if (!LED_BY_GATE.test(text)) return introduced;
  let foreign: Set<string> | undefined;
  for (const led of text.matchAll(LED_BY)) {
    const start = led.index + led[0].length;
    const person = nameAt(text, start);
    if (!person || looksPinyin(person.name)) continue;
    if (found.some((f) => f.start < person.end && start < f.end)) continue;
    const from = Math.max(text.lastIndexOf(". ", led.index), text.lastIndexOf("\n", led.index)) + 1;
    const stop = text.slice(person.end).search(/\.\s|\n/);
    const inSentence = countries(text.slice(from, stop < 0 ? text.length : person.end + stop));
    foreign ??= countries(text);
    const party =
      inSentence.size === 1
        ? [...inSentence][0]
        : inSentence.size === 0 && foreign.size === 1
          ? [...foreign][0]
          : undefined;
    if (!party) continue;
    const title = led.groups?.title ? titleCase(led.groups.title) : "Head of Delegation";
    introduced.push({ name: person.name, start, end: person.end, party, title });
  }
  return introduced;
}
