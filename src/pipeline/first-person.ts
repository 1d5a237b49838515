/**
 * In a transcript, "I" under a speaker label is that label's speaker: "President of Kazakhstan A
 * B: … President Xi Jinping and I have just held talks" says the meeting of A B and Xi. The meeting
 * stage reads such a sentence with the speaker added where "I" stands; the references themselves
 * stay as found (the statement's speaker comes from the label rules).
 */
import { isPersonActor } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import type { Reference } from "./references";
import { speakerLabel } from "./speaker-label";
import type { Sentence } from "./types";

interface Item {
  sentence: Sentence;
  refs: Reference[];
}

const FIRST_PERSON = /\bI\b/g;

/** Each item's references, with the current label's speaker where the sentence says "I". */
export function withFirstPerson(
  items: readonly Item[],
  introduced: readonly IntroducedPerson[],
): Reference[][] {
  let speaker: string | undefined;
  let lastParagraph = -1;
  return items.map(({ sentence, refs }) => {
    const opens = sentence.paragraph !== lastParagraph;
    lastParagraph = sentence.paragraph;
    const label = opens ? speakerLabel(sentence.text) : undefined;
    if (label) {
      const named = refs.find(
        (r) =>
          r.kind === "name" &&
          r.actorId &&
          r.end - sentence.span[0] <= label.length &&
          isPersonActor(r.actorId, introduced),
      );
      speaker = named?.actorId;
    }
    if (!speaker) return refs;
    const from = label ? label.length + 1 : 0;
    const added: Reference[] = [];
    for (const m of sentence.text.slice(from).matchAll(FIRST_PERSON)) {
      const start = sentence.span[0] + from + m.index;
      added.push({ kind: "name", start, end: start + 1, surface: "I", actorId: speaker });
    }
    return added.length === 0 ? refs : [...refs, ...added].sort((a, b) => a.start - b.start);
  });
}
