/**
 * A page whose body never says the meeting, only its photo caption: "Premier L (R) meets with Prime
 * Minister T in Beijing, May 16, 2025. (Photo: …)" above "Premier L urged … . He told Prime Minister T
 * that …" (Xinhua's short items). The caption's Chinese and foreign person are the meeting when the
 * body names both too; its anchor is the body's first sentence naming the guest. The caption's day
 * and place then serve as for any meeting the text does not date or place (caption-facts.ts).
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import { findActorMentions } from "./actors/mentions";
import type { IntroducedPerson } from "./actors/types";
import { recentMeetingCaption } from "./caption-facts";
import type { MeetingDraft, SentenceRefs } from "./meetings";

export function captionAnchor(
  captions: readonly string[],
  items: readonly SentenceRefs[],
  introduced: readonly IntroducedPerson[],
  reference: string | undefined,
): MeetingDraft | undefined {
  const body = items.filter((item) => !item.sentence.heading);
  const naming = (id: string) => body.find((item) => item.refs.some((r) => r.actorId === id));
  for (const caption of captions) {
    if (!recentMeetingCaption(caption, reference).shows) continue;
    const people = findActorMentions(caption, reference, introduced).mentions.filter((m) =>
      isPersonActor(m.actorId, introduced),
    );
    const chinese = people.find((m) => partyOfActor(m.actorId, introduced) === CHINA);
    const foreign = people.find((m) => partyOfActor(m.actorId, introduced) !== CHINA);
    if (!chinese || !foreign) continue;
    const anchor = naming(foreign.actorId);
    if (!anchor || !naming(chinese.actorId)) continue;
    const at = anchor.sentence.span[0];
    return {
      chinese: chinese.actorId,
      foreign: foreign.actorId,
      anchor: anchor.sentence,
      cue: [at, at],
      sentences: [],
    };
  }
  return undefined;
}
