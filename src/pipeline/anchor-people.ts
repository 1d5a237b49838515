/**
 * The Chinese and the foreign person a meeting sentence names as its two principals (read by
 * meetings.ts anchorPair): the first person of each side, except a companion.
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import { ACCOMPANIED_BEFORE } from "./language/en/meeting-patterns";
import type { Reference } from "./references";
import type { Sentence } from "./types";

export function anchorPeople(
  refs: readonly Reference[],
  sentence: Sentence,
  /** The sentence's meeting verb, when it has one. */
  verb: RegExpExecArray | undefined,
  introduced: readonly IntroducedPerson[],
): { chinese?: Reference; foreign?: Reference } {
  const isChinese = (r: Reference) => partyOfActor(r.actorId!, introduced) === CHINA;
  let people = refs.filter(
    (r) => r.actorId && (r.kind === "name" || r.kind === "role") && isPersonActor(r.actorId, introduced),
  );
  // "The Foreign Minister, A, accompanied the President, B, in his meeting with Xi": A is B's
  // companion (an attendee), so the people before the verb of accompanying are no principals when
  // someone of their side stands after it.
  const companion = verb && ACCOMPANIED_BEFORE.exec(sentence.text.slice(0, verb.index));
  if (companion) {
    const at = sentence.span[0] + companion.index;
    const after = people.filter((r) => r.start >= at);
    people = people.filter((r) => r.start >= at || !after.some((o) => isChinese(o) === isChinese(r)));
  }
  return { chinese: people.find(isChinese), foreign: people.find((r) => !isChinese(r)) };
}
