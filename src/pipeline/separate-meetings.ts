/**
 * One sentence telling several bilateral meetings at once, as wire copy and round-ups do: "Xi met
 * with A and B respectively", "Xi met separately with A and B", "Xi held individual meetings with
 * A, B and C on Saturday", "Xi, in separate meetings with A and B, said …". Each foreign leader the
 * sentence lists after its meeting verb, one per country, is a meeting of their own with the same
 * Chinese principal, cue, day and place. Without a word saying the meetings were separate, a list
 * stays one meeting (a trilateral, or a leader with a companion). A second meeting word after "and"
 * is a second meeting, also with someone of the same country: "Wang was granted an audience with
 * the Queen … and a meeting with Prime Minister F", "… met A in Oslo and held talks with Foreign
 * Minister E".
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import { SEPARATE_MEETINGS } from "./language/en/meeting-patterns";
import { MEETING_CUE } from "./happened-cue";
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
  if (!SEPARATE_MEETINGS.test(sentence.text)) return secondMeeting(sentence, refs, first, introduced);
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

/** Right after "and", a second meeting word of the sentence: "and a meeting with", "and later held talks with". */
const AND_MEETING = new RegExp(
  String.raw`^(?:(?:also|later|then|subsequently|separately)\s+)?(?:[\w-]+\s+){0,2}?(?:${MEETING_CUE.source})`,
  "i",
);

/** The foreign person a second meeting word after the first principal names, if another. */
function secondMeeting(
  sentence: Sentence,
  refs: readonly Reference[],
  first: string,
  introduced: readonly IntroducedPerson[],
): string[] {
  const { text, span } = sentence;
  const firstRef = refs.find((r) => r.actorId === first);
  if (!firstRef) return [];
  for (const and of text.slice(firstRef.end - span[0]).matchAll(/\band\s+/g)) {
    const at = firstRef.end - span[0] + and.index + and[0].length;
    const cue = AND_MEETING.exec(text.slice(at, at + 80));
    if (!cue) continue;
    const next = refs.find(
      (r) => r.start >= span[0] + at + cue[0].length && r.actorId && (r.kind === "name" || r.kind === "role"),
    );
    const id = next?.actorId;
    if (!id || id === first || !isPersonActor(id, introduced)) return [];
    const party = partyOfActor(id, introduced);
    return party && party !== CHINA ? [id] : [];
  }
  return [];
}
