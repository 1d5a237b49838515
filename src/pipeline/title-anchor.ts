/**
 * Transcript pages (the Kremlin's style) may never say in a sentence that the two met: the title
 * names the occasion and one side ("Telephone conversation with Premier of the State Council of
 * China Li Qiang"), and the body is speech under labels ("Vladimir Putin: …", "Li Qiang
 * (retranslated): …"). The meeting is then the title's person with the first labelled speaker of
 * the other side; its anchor is that label, and the title's words give the format.
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import { findActorMentions } from "./actors/mentions";
import type { IntroducedPerson } from "./actors/types";
import { MEETING_CUE, type MeetingDraft, type SentenceRefs } from "./meetings";

const LABEL = /^([^:]{2,60}):\s/;

export function titleAnchor(
  title: string | undefined,
  items: SentenceRefs[],
  introduced: readonly IntroducedPerson[],
  date: string | undefined,
): MeetingDraft | undefined {
  if (!title || !MEETING_CUE.test(title)) return undefined;
  const person = (id: string) => isPersonActor(id, introduced);
  const named = findActorMentions(title, date, introduced).mentions.find((m) => person(m.actorId));
  if (!named) return undefined;
  const titleIsChinese = partyOfActor(named.actorId, introduced) === CHINA;
  let lastParagraph = -1;
  for (const item of items) {
    const { sentence } = item;
    const opens = sentence.paragraph !== lastParagraph;
    lastParagraph = sentence.paragraph;
    const label = opens ? LABEL.exec(sentence.text) : null;
    if (!label) continue;
    const speaker = item.refs.find(
      (r) =>
        r.kind === "name" && r.actorId && r.end - sentence.span[0] <= label[1]!.length && person(r.actorId),
    );
    if (!speaker?.actorId) continue;
    const isChinese = partyOfActor(speaker.actorId, introduced) === CHINA;
    if (isChinese === titleIsChinese) continue;
    return {
      chinese: titleIsChinese ? named.actorId : speaker.actorId,
      foreign: titleIsChinese ? speaker.actorId : named.actorId,
      anchor: sentence,
      cue: [speaker.start, speaker.end],
      sentences: [],
      title,
    };
  }
  return undefined;
}
