/**
 * Which words can be in a formulation (issue 13), and where: the miner's word classes. Framing,
 * names and numbers end a phrase; function words and the words that leave a phrase open ("ready
 * to …", "… maintain close") may only be inside one. Pure.
 */
import type { Actor } from "./schema";
import { AUXILIARY, CONTENT, EXCLUDED, FUNCTION, LETTER } from "./formulation-grams";
import { foldedWords, isStopWord } from "./terms";

/** Reporting verbs, dates and meeting words: a phrase with one of them is the readout's framing, not a formulation. */
const FRAMING_WORDS = new Set(
  `said says noted noting stated reiterated thanked stressed pointed added emphasized emphasised underlined told
  expressed congratulated welcomed asked hoped hopes introduced briefed exchanged views meeting meetings talks call
  held met agreed agrees believes believed commended appreciated appreciates spoke sides
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/**
 * Words that leave a phrase open at either end: auxiliaries and stances that wait for their verb
 * ("is willing to …", "stands ready to …"), verbs and modifiers that wait for their object
 * ("has made …", "maintain close …"). Inside a phrase they are fine ("maintain close communication").
 */
const OPEN_WORDS = new Set(
  `ready willing able committed determined been being might ought
  made make makes making close closer further greater deeper more most very
  its their his her our your whose such same other another each every both all any some`.split(/\s+/),
);

/** Auxiliaries and stances: inside a phrase only, and a phrase whose second word is one is framing ("China is ready …"). */
const AUXILIARIES = new Set(
  "is are was were has have had will would can could should shall must stands stand remains remain continues continue".split(
    " ",
  ),
);

/** The words of a name that can mark a phrase: folded as everywhere (terms.ts), single letters and stop words left out. */
function markingWords(name: string): string[] {
  return foldedWords(name).filter((word) => word.length > 1 && !isStopWord(word));
}

/** The words of people's names: "xi", "jinping", "putin" … (countries stay: "one china principle"). */
export function nameWords(actors: readonly Pick<Actor, "kind" | "name" | "aliases">[]): Set<string> {
  const names = new Set<string>();
  for (const actor of actors) {
    if (actor.kind !== "person") continue;
    for (const name of [actor.name, ...actor.aliases]) for (const word of markingWords(name)) names.add(word);
  }
  return names;
}

/**
 * One-word names of countries and organisations ("china", "russia", "asean"). A phrase may hold one
 * ("the one-China principle", "China's peaceful development") but not end on one or open with one
 * ("development of China", "work with Russia", "China for its leadership"): that is a phrase about
 * the country, not the official language. Names of several words ("United Nations") are ordinary words.
 */
export function partyWords(actors: readonly Pick<Actor, "kind" | "name" | "aliases">[]): Set<string> {
  const words = new Set<string>();
  for (const actor of actors) {
    if (actor.kind === "person") continue;
    for (const name of [actor.name, ...actor.aliases]) {
      const folded = markingWords(name);
      if (folded.length === 1 && !/[\s-]/.test(name.trim())) words.add(folded[0]!);
    }
  }
  return words;
}

/** The class of a folded word (CONTENT, FUNCTION, EXCLUDED, LETTER or AUXILIARY), given the names' words. */
export function wordClassifier(names: ReadonlySet<string>): (word: string) => number {
  return (word) => {
    if (names.has(word) || FRAMING_WORDS.has(word) || /\d/.test(word)) return EXCLUDED;
    if (word.length === 1) return LETTER;
    if (AUXILIARIES.has(word)) return AUXILIARY;
    if (isStopWord(word) || OPEN_WORDS.has(word)) return FUNCTION;
    return CONTENT;
  };
}
