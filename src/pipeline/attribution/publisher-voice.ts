/**
 * Speaker rules for how wire and newspaper copy reports a principal and adds its own background:
 * "state media cited the Chinese president as saying …" is his; "Relations have been strained
 * since …" and "The two countries established ties in 1971" are the publisher's; a joint subject
 * with "should"/"ought to" inside a principal's paragraph is still that principal speaking.
 */
import { isPseudoSpeaker, JOINT, NARRATOR } from "../../domain/schema";
import {
  ANY_SAYING_VERB,
  BACKGROUND_MARKERS,
  CITED_AS_AFTER,
  CITED_BEFORE,
  CITED_PASSIVE_AFTER,
  MEETING_AS_SUBJECT,
  JOINT_SUBJECT,
  NARRATED_ACT_AFTER_SUBJECT,
  NARRATED_ACT_LEAD,
  OBLIGATION,
  PLAN_AFTER_NAMED_SUBJECT,
  POSITION_VOICE,
  SIGNING_PLAN,
  SUBJECT_LEAD,
} from "../language/en/speech-patterns";
import { WORDS_IN_THEIR_TIME } from "../language/en/occasion-patterns";
import { EVENT_PROGRAMME } from "../language/en/programme-patterns";
import type { Rule } from "./rule-input";
import { resolveReference } from "./state";

export const citedAsSaying: Rule = {
  name: "cited-as-saying",
  reads:
    '"… cited the Chinese president as saying …", "CCTV reported Xi as telling …", "Xi was quoted by Xinhua as saying …", "X is reported by Xinhua to have said …": the one cited',
  decide({ text, people, rel, state }) {
    for (const ref of people) {
      const before = text.slice(0, rel(ref).start);
      const after = text.slice(rel(ref).end);
      const active = CITED_BEFORE.test(before) && CITED_AS_AFTER.test(after);
      const passive = CITED_PASSIVE_AFTER.test(after);
      if (active || passive) {
        const speaker = resolveReference(state, ref);
        if (speaker) return { speaker, verb: "said" };
      }
    }
    return undefined;
  },
};

export const obligationContinues: Rule = {
  name: "obligation-continues",
  reads:
    "\"Both countries ought to …\" inside a principal's paragraph, or opening the paragraph right after his, is that principal's proposal, not a joint statement",
  decide({ text, newParagraph, state }) {
    // "Wang Yi said … . The two sides have agreed to … . The two sides should …": the agreement told
    // in his paragraph does not end his voice for the proposal after it.
    const { lastSpeaker, paragraphSpeaker } = state;
    const speaker =
      !newParagraph && lastSpeaker === JOINT && paragraphSpeaker && !isPseudoSpeaker(paragraphSpeaker)
        ? paragraphSpeaker
        : lastSpeaker;
    // A page that sets every sentence on its own line ("Xi said … ." / "The two sides should … .")
    // goes on in the voice of the paragraph before, as position-paragraph reads other positions; after
    // narration or a joint act there is no voice to go on in.
    if (isPseudoSpeaker(speaker)) return undefined;
    const subject = JOINT_SUBJECT.exec(text);
    if (!subject || !OBLIGATION.test(text.slice(subject[0].length, subject[0].length + 30))) return undefined;
    return { speaker };
  },
};

export const background: Rule = {
  name: "background",
  reads:
    'a new paragraph of the publisher\'s background ("Relations have been strained since …", "… established ties in 1971"), evaluation ("The long-awaited meeting between … is a milestone …") or programme ("After the meeting, documents will be signed", "The summit will close on Sunday …")',
  decide({ text, newParagraph }) {
    if (!newParagraph || ANY_SAYING_VERB.test(text) || POSITION_VOICE.test(text)) return undefined;
    return BACKGROUND_MARKERS.test(text) ||
      MEETING_AS_SUBJECT.test(text) ||
      SIGNING_PLAN.test(text) ||
      EVENT_PROGRAMME.test(text)
      ? { speaker: NARRATOR }
      : undefined;
  },
};

export const narratedAct: Rule = {
  name: "narrated-act",
  reads:
    'a person\'s travel, delegation, earlier or later meeting ("X and his wife arrived in …", "X, invited by Y, is paying a visit …", "Before his tour, X visited …", "X has met Y twice", "B has led a delegation", "the Prime Minister will also meet …") is narration',
  decide({ text, people, rel, state, principals }) {
    // Inside a transcript turn the labelled speaker tells of such acts himself.
    if (state.labelSpeaker) return undefined;
    for (const ref of people) {
      if (ref.kind === "side") continue;
      const lead = text.slice(0, rel(ref).start);
      if (!NARRATED_ACT_LEAD.test(lead)) break;
      // After a time opener only the visitor's own trip ("Before his tour, X visited …"): a third
      // person's earlier act inside a speaker's paragraph is that speaker recounting it (other-occasion).
      const subject = resolveReference(state, ref);
      if (!SUBJECT_LEAD.test(lead) && !(subject && principals.has(subject))) break;
      if (NARRATED_ACT_AFTER_SUBJECT.test(text.slice(rel(ref).end))) return { speaker: NARRATOR };
    }
    return undefined;
  },
};

export const planInSpeech: Rule = {
  name: "plan-in-speech",
  reads:
    "a plan told inside a person's paragraph (\"Wang said … . President Xi will meet B tomorrow.\") is that person's announcement, not the publisher's",
  decide({ text, people, rel, state, newParagraph }) {
    if (newParagraph || isPseudoSpeaker(state.lastSpeaker) || state.labelSpeaker) return undefined;
    // The subject opens the sentence (its titles before it): "President Xi Jinping will meet …".
    const subject = people.find((r) => r.kind !== "side");
    if (!subject || (subject.kind !== "name" && subject.kind !== "role")) return undefined;
    if (!SUBJECT_LEAD.test(text.slice(0, rel(subject).start))) return undefined;
    return PLAN_AFTER_NAMED_SUBJECT.test(text.slice(rel(subject).end))
      ? { speaker: state.lastSpeaker }
      : undefined;
  },
};

export const wordsInTheirTime: Rule = {
  name: "words-in-their-time",
  reads:
    '"The remarks come amid …", "Xi\'s comments came days after …" after someone\'s words: the publisher setting them in their time',
  // A transcript speaker may say it of his own words; the publisher's gloss is outside any label.
  decide: ({ text, state }) =>
    !state.labelSpeaker && WORDS_IN_THEIR_TIME.test(text) ? { speaker: NARRATOR } : undefined,
};
