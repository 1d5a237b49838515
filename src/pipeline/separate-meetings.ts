/**
 * One sentence telling several bilateral meetings at once, as wire copy and round-ups do: "Xi met
 * with A and B respectively", "Xi met separately with A and B", "Xi held individual meetings with
 * A, B and C on Saturday", "Xi, in separate meetings with A and B, said …". Each foreign leader the
 * sentence lists after its meeting verb, one per country, is a meeting of their own with the same
 * Chinese principal, cue, day and place. Without a word saying the meetings were separate, a list
 * stays one meeting (a trilateral, or a leader with a companion).
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import { SEPARATE_MEETINGS } from "./language/en/meeting-patterns";
import type { Reference } from "./references";
import type { Sentence } from "./types";

/** The foreign leaders, other than `first`, that a separate-meetings sentence lists after its cue. */
export function separateForeigners(
  sentence: Sentence,
  refs: readonly Reference[],
  cueStart: number,
  first: string,
  introduced: readonly IntroducedPerson[],
): string[] {
  if (!SEPARATE_MEETINGS.test(sentence.text)) return [];
  const parties = new Set([partyOfActor(first, introduced)]);
  const others: string[] = [];
  for (const ref of refs) {
    const id = ref.actorId;
    if (!id || ref.start < cueStart || (ref.kind !== "name" && ref.kind !== "role")) continue;
    if (!isPersonActor(id, introduced)) continue;
    const party = partyOfActor(id, introduced);
    if (!party || party === CHINA || parties.has(party)) continue;
    parties.add(party);
    others.push(id);
  }
  return others;
}
