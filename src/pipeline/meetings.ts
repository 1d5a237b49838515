/**
 * Stage 3, meetings: finds each meeting a readout describes and assigns every sentence to one.
 * A meeting starts at an "anchor": a sentence with a meeting verb (met, held talks, video call,
 * phone call …) naming a Chinese person and a foreign person, that is not reported speech ("he
 * said he had met …") nor a plan ("will meet next month"). A later anchor for the same pair is the
 * same meeting. Sentences before the first anchor are context shared by every meeting.
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import type { Reference } from "./references";
import { FUTURE_MARKERS } from "./language/en/speech-patterns";
import type { Sentence, Span } from "./types";

export const MEETING_CUE =
  /\b(?:met|meets|meet with|meeting with|meetings? between|talks with|talks between|talked with|spoke (?:\w+ )?with|conversation with|received|hosted|told visiting|held (?:[\w-]+ ){0,3}talks|(?:video|phone|telephone) (?:call|conversation|conference|link|talks|meeting)s?|videoconference|video-link|spoke (?:by|over the|on the) (?:phone|telephone)|talked (?:by|over the|on the) (?:phone|telephone)|phoned|held a (?:[\w-]+ )?(?:meeting|conversation|call))\b/i;

// Verbs that open a reported clause: a meeting verb after them is something someone said happened.
const REPORTING_BEFORE =
  /\b(?:said|says|saying|recalled|recalling|noted|noting|told|telling|added|adding|mentioned|stressed|stressing|pointed out|pointing out|briefed|briefing|informed|informing|updated)\b/i;

export interface SentenceRefs {
  sentence: Sentence;
  refs: Reference[];
}

export interface MeetingDraft {
  chinese: string;
  foreign: string;
  anchor: Sentence;
  /** Where the anchor's meeting verb stands, for format provenance. */
  cue: Span;
  sentences: SentenceRefs[];
}

export interface MeetingSplit {
  meetings: MeetingDraft[];
  /** Sentences before the first anchor: shared context (place, date) for every meeting. */
  preamble: SentenceRefs[];
}

/** The Chinese and the foreign person an anchor sentence names, or undefined when it is no anchor. */
export function anchorPair(
  item: SentenceRefs,
  introduced: readonly IntroducedPerson[],
): { chinese: string; foreign: string; cue: Span } | undefined {
  const { sentence, refs } = item;
  if (sentence.heading) return undefined;
  const cue = MEETING_CUE.exec(sentence.text);
  if (!cue) return undefined;
  const before = sentence.text.slice(0, cue.index);
  // "… he said he had met …" reports another occasion; "will meet" is a plan.
  if (
    REPORTING_BEFORE.test(before) ||
    FUTURE_MARKERS.test(before.slice(-40)) ||
    (/^(?:met|held|talked|spoke|phoned)/i.test(cue[0]) && /\b(?:had|has|have)\s+(?:\w+\s+)?$/.test(before))
  ) {
    return undefined;
  }
  const people = refs.filter(
    (r) => r.actorId && (r.kind === "name" || r.kind === "role") && isPersonActor(r.actorId, introduced),
  );
  const chinese = people.find((r) => partyOfActor(r.actorId!, introduced) === CHINA);
  const foreign = people.find((r) => partyOfActor(r.actorId!, introduced) !== CHINA);
  if (!chinese || !foreign) return undefined;
  const start = sentence.span[0] + cue.index;
  return { chinese: chinese.actorId!, foreign: foreign.actorId!, cue: [start, start + cue[0].length] };
}

export function splitMeetings(items: SentenceRefs[], introduced: readonly IntroducedPerson[]): MeetingSplit {
  const meetings: MeetingDraft[] = [];
  const preamble: SentenceRefs[] = [];
  let current: MeetingDraft | undefined;
  for (const item of items) {
    const pair = anchorPair(item, introduced);
    if (pair) {
      const same = meetings.find((m) => m.chinese === pair.chinese && m.foreign === pair.foreign);
      if (same) current = same;
      else {
        current = { ...pair, anchor: item.sentence, sentences: [] };
        meetings.push(current);
      }
    }
    if (current) current.sentences.push(item);
    else preamble.push(item);
  }
  return { meetings, preamble };
}
