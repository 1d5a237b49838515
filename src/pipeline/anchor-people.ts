/**
 * The Chinese and the foreign person a meeting sentence names as its two principals (read by
 * meetings.ts anchorPair): the first person of each side, except a companion.
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import { ACCOMPANIED_BEFORE, ENVOY_OF } from "./language/en/meeting-patterns";
import type { Reference } from "./references";
import type { Sentence } from "./types";

/** Between a meeting verb and its object: "with", an article, titles ("met with the Prime Minister of Tonga, Hon. B"). */
const OBJECT_LEAD = /^\s+(?:with\s+)?(?:(?:the|his|her|H\.E\.|Hon\.|[A-Z][\w'’-]*|of|for|and)\s+)*$/;

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
  // "… met with President Xi Jinping's special envoy and Vice Premier Liu He": the leader who sent
  // an envoy of his own side named after him is no principal of this meeting.
  people = people.filter(
    (r) =>
      !ENVOY_OF.test(sentence.text.slice(r.end - sentence.span[0])) ||
      !people.some((o) => o.start > r.end && isChinese(o) === isChinese(r)),
  );
  const firstForeign = people.find((r) => !isChinese(r));
  return {
    chinese: people.find(isChinese),
    foreign: verbObject(people, sentence, verb, isChinese) ?? firstForeign,
  };
}

/**
 * "… was granted a royal audience of King A, and met with the Prime Minister, B": the one the
 * meeting verb's object names is the foreign principal, not a foreigner of another clause before
 * it. Only of another clause: in "A and Wang are meeting in the backdrop of the recent meeting
 * between C and …" A is the subject of this meeting and C is of an earlier one.
 */
function verbObject(
  people: readonly Reference[],
  sentence: Sentence,
  verb: RegExpExecArray | undefined,
  isChinese: (r: Reference) => boolean,
): Reference | undefined {
  if (!verb) return undefined;
  const local = (at: number) => at - sentence.span[0];
  const verbStart = sentence.span[0] + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const object = people.find((r) => r.start >= verbEnd);
  if (!object || isChinese(object)) return undefined;
  if (!OBJECT_LEAD.test(sentence.text.slice(local(verbEnd), local(object.start)))) return undefined;
  const before = people.filter((r) => !isChinese(r) && r.end <= verbStart).at(-1);
  const clauseBreak = before && /[,;]/.test(sentence.text.slice(local(before.end), local(verbStart)));
  return !before || clauseBreak ? object : undefined;
}
