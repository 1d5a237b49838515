/**
 * "Premier L called on China and Kazakhstan to … . He made the remarks during a meeting with Prime
 * Minister B in Dushanbe": wire copy often tells the meeting in a sentence whose subject is "He" or
 * "She", the Chinese leader being the subject of the sentence before. The meeting stage reads such a
 * sentence with that leader where the pronoun stands (as first-person.ts does for "I" under a
 * label); the references themselves stay as found.
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import type { Reference } from "./references";
import type { Sentence } from "./types";

interface Item {
  sentence: Sentence;
  refs: Reference[];
}

const PRONOUN_SUBJECT = /^(?:He|She)\b/;
// Before a sentence's subject: an opener ending in a comma ("On Oct 11, "), then title words
// ("Chinese Premier ").
const BEFORE_SUBJECT = /^(?:[^,]{0,40},\s*)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,6}$/u;

/**
 * The person a sentence opens with (after an opener and titles), if any: "Xi" of "In talks with B,
 * Xi said …" too, B standing in the opener.
 */
function subjectOf(item: Item, introduced: readonly IntroducedPerson[]): Reference | undefined {
  return item.refs.find(
    (r) =>
      r.actorId &&
      (r.kind === "name" || r.kind === "role") &&
      isPersonActor(r.actorId, introduced) &&
      BEFORE_SUBJECT.test(item.sentence.text.slice(0, r.start - item.sentence.span[0])),
  );
}

/**
 * "He was speaking at the meeting with President B in Beijing." opening the body, the page's
 * headline lost, then the quotes ("…," Xi Jinping said): with no sentence before it, "He" is the
 * one Chinese person the next few sentences name (none when they name two).
 */
const AHEAD = 3;

function aheadOf(next: readonly Item[], isChinese: (r: Reference) => boolean): Reference | undefined {
  const named = next.flatMap((item) => item.refs.filter(isChinese));
  return new Set(named.map((r) => r.actorId)).size === 1 ? named[0] : undefined;
}

/**
 * Each item's references (`refs[i]`), with the Chinese subject of the sentence before where "He"/"She"
 * opens it (for the body's first sentence, or one under a heading, the Chinese person named next).
 */
export function withPronounSubject(
  items: readonly Item[],
  refs: readonly Reference[][],
  introduced: readonly IntroducedPerson[],
): Reference[][] {
  const isChinese = (r: Reference) =>
    !!r.actorId && isPersonActor(r.actorId, introduced) && partyOfActor(r.actorId, introduced) === CHINA;
  return refs.map((own, i) => {
    const { sentence } = items[i]!;
    const previous = items[i - 1];
    const pronoun = PRONOUN_SUBJECT.exec(sentence.text);
    if (!pronoun || sentence.heading || own.some(isChinese)) return own;
    const subject =
      previous && !previous.sentence.heading
        ? subjectOf(previous, introduced)
        : aheadOf(items.slice(i + 1, i + 1 + AHEAD), isChinese);
    if (!subject || !isChinese(subject)) return own;
    const start = sentence.span[0];
    const added: Reference = {
      kind: "name",
      start,
      end: start + pronoun[0].length,
      surface: pronoun[0],
      actorId: subject.actorId,
    };
    return [added, ...own.filter((r) => r.start >= added.end)];
  });
}
