/**
 * The speaker rules, in the order they are tried (most explicit first). The first rule that
 * decides wins; its name is recorded on the statement (`--explain` prints it), so a wrong
 * attribution points at one rule. Each rule has its own test in tests/unit/pipeline/attribution-rules.test.ts.
 */
import { isPseudoSpeaker, JOINT, NARRATOR } from "../../domain/schema";
import {
  ACCORDING_TO_OPENER,
  ADDRESSED_SPEECH,
  ANY_SAYING_VERB,
  BACKGROUND_MARKERS,
  PLAN_AFTER_SUBJECT,
  POSITION_VOICE,
  FUTURE_MARKERS,
  INSTITUTION_OF_BEFORE,
  MEETING_AS_SUBJECT,
  REPORTED_THAT_BEFORE,
  POSITION_MARKERS,
  SAYING_AFTER_SUBJECT,
  SCENE_AFTER_SUBJECT,
  SIGNED_PASSIVE,
  MEETING_RECORD,
  SIGNING_CEREMONY,
  SPEECH_ANNOUNCED,
} from "../language/en/speech-patterns";
import { EXPECTED_CLAUSE } from "../language/en/programme-patterns";
import { ceremonialWelcome } from "./welcome";
import { speakerLabel } from "../speaker-label";
import {
  jointDescriptionContinues,
  jointSubject,
  jointSubjectAt,
  listedSideThey,
  recordPassive,
} from "./joint-subjects";
import { echoedBy } from "./echoed-by";
import { meetingRelative } from "./meeting-relative";
import { meetingTold } from "./meeting-told";
import { otherOccasion } from "./other-occasion";
import { outsideSpeaker } from "./outside-speaker";
import { overviewLabel } from "./overview-label";
import { participleOpener, turnOpener } from "./participle-opener";
import { partyPosition } from "./party-position";
import {
  background,
  citedAsSaying,
  narratedAct,
  obligationContinues,
  planInSpeech,
  wordsInTheirTime,
} from "./publisher-voice";
import { openQuote, quotedParagraph, remarksLead, speechTag } from "./quote-rules";
import type { Decision, Rule } from "./rule-input";
import { sideSubject } from "./side-subject";
import { resolveReference } from "./state";

/** A clause's subject ("… that Xi said"), not the sentence's. */
const CLAUSE_BEFORE = /\b(?:that|which|who|whom|whose|when|as|if|because)\s+$/;
/** "This was how President X described the talks": the publisher framing X's words, though X is the "he" of what follows. */
const HOW_BEFORE = /\bhow\s+(?:["“]?\p{Lu}[\p{L}.-]*["”]?\s+){0,4}$/u;

const narrator: Decision = { speaker: NARRATOR };

const attendance: Rule = {
  name: "attendance",
  reads:
    "a sentence listing who attended is narration (a signing ceremony the two attend is joint-subject's)",
  decide: ({ attendance, text }) => (attendance && !SIGNING_CEREMONY.test(text) ? narrator : undefined),
};

const transcriptLabel: Rule = {
  name: "transcript-label",
  reads: 'a speaker label opening a paragraph ("Vladimir Putin: …", "Name (retranslated): …")',
  decide({ newParagraph, text, refs, rel, state }) {
    if (!newParagraph) return undefined;
    const label = speakerLabel(text);
    if (!label || ANY_SAYING_VERB.test(label)) return undefined;
    // A name in the label, else a title alone ("PRIME MINISTER:"), which is a reference only on the
    // page of that leader's government (references.ts).
    const inLabel = (kind: string) => refs.find((r) => r.kind === kind && rel(r).end <= label.length);
    const title = inLabel("role");
    // "THE PRESIDENT:" (with an article) is resolved by who was named last: no label speaker.
    const bare = title && rel(title).start === 0 && rel(title).end === label.length && !/^the\s/i.test(label);
    const labelRef = inLabel("name") ?? (bare ? title : undefined);
    if (!labelRef?.actorId) return undefined;
    state.labelSpeaker = labelRef.actorId;
    return { speaker: labelRef.actorId };
  },
};

const accordingTo: Rule = {
  name: "according-to",
  reads: '"According to X, …"',
  decide({ text, people, rel, state }) {
    // "According to X, the two sides agreed …" is the joint act X reports (joint-subject decides).
    const source = ACCORDING_TO_OPENER.exec(text)?.[0].length;
    if (source !== undefined && jointSubjectAt(text.slice(source))) return undefined;
    const openerEnd = /^According to\s+/.exec(text)?.[0].length;
    const ref = openerEnd === undefined ? undefined : people.find((r) => rel(r).start === openerEnd);
    const speaker = ref && resolveReference(state, ref);
    return speaker ? { speaker } : undefined;
  },
};

const quoteIntroduction: Rule = {
  name: "quote-introduction",
  reads:
    '"Xi asserted:", "Speaking at the start of the meeting, the Minister said:" only introduce the words that follow',
  decide: ({ text }) =>
    /:\s*$/.test(text) && (text.split(/\s+/).length <= 6 || SPEECH_ANNOUNCED.test(text))
      ? narrator
      : undefined,
};

/** Only title words before a name in commas ("The Chairman of the NPC Standing Committee, "). */
const APPOSITIVE_TITLE_BEFORE =
  /^(?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and)){0,9},\s+$/u;

/** A form of address right before a role: "Mr. Prime Minister", "Madam Chancellor". */
const ADDRESS_FORM_BEFORE = /(?:^|[\s,;])(?:Mr\.?|Madam|Mme\.?|Mister)\s+$/;

const sayingSubject: Rule = {
  name: "saying-subject",
  reads: "a subject followed by a verb of saying in the main clause (a scene verb or a welcome is narration)",
  decide({ text, people, refs, rel, state, principalByParty, newParagraph }) {
    // Under a transcript label, "President Xi told me then …", "X visited Moscow and we held talks" is
    // the labelled speaker recalling another occasion in the first person: the turn goes on.
    if (state.labelSpeaker && ADDRESSED_SPEECH.test(text)) return undefined;
    for (const ref of people) {
      const { start, end } = rel(ref);
      const before = text.slice(0, start);
      // A clause's subject is not the sentence's, except after a medium's "reported that" with no
      // one named before ("Xinhua reported that Zhao told Kim …": Zhao's words, as the medium cites them).
      const cited = REPORTED_THAT_BEFORE.test(before) && ref === people[0];
      if (!cited && CLAUSE_BEFORE.test(before)) continue;
      if (HOW_BEFORE.test(before)) {
        state.lastPerson = resolveReference(state, ref) ?? state.lastPerson;
        continue;
      }
      // "As the press service of the President reported, …": the body is the subject, citing its
      // source for what follows, not the person speaking.
      if (INSTITUTION_OF_BEFORE.test(before)) continue;
      // "The Chairman of the NPC Standing Committee, Zhao Leji, welcomed …": the name in commas after
      // a title is the subject; the comma that closes it stands before the verb.
      const after = APPOSITIVE_TITLE_BEFORE.test(before)
        ? text.slice(end).replace(/^,/, "")
        : text.slice(end);
      const verb = SAYING_AFTER_SUBJECT.exec(after);
      // A saying phrase that begins with a scene verb is speech: "spoke highly of" and "spoke
      // positively of" are positions, "spoke with reporters" is a scene.
      if (!verb && SCENE_AFTER_SUBJECT.exec(after) && start <= 3) return narrator;
      if (!verb) continue;
      // "welcomed Putin", "welcomed guests": a ceremony; "Xi welcomed K … and said …": Xi's (welcome.ts).
      const object = after.slice(verb.index + verb[0].length);
      const named = refs.some(
        (r) => r !== ref && rel(r).start - end - verb[0].length <= 2 && rel(r).start > end,
      );
      if (ceremonialWelcome(verb[1]!, object, named)) return narrator;
      const speaker = resolveReference(state, ref, principalByParty);
      // "Xi said … . Mr. Prime Minister calls for …": the other side named by its form of address
      // is the speaker reporting his guest's view to him; the turn goes on.
      const addressed = ref.kind === "role" && ADDRESS_FORM_BEFORE.test(before) && !newParagraph;
      if (addressed && !isPseudoSpeaker(state.lastSpeaker) && state.lastSpeaker !== speaker)
        return { speaker: state.lastSpeaker, verb: verb[1] };
      if (speaker && !FUTURE_MARKERS.test(before.slice(-20))) return { speaker, verb: verb[1] };
    }
    return undefined;
  },
};

const principalActs: Rule = {
  name: "principal-acts",
  reads:
    'a principal doing something ("Xi accepted the invitation"); anyone else opening a paragraph starts a scene (inside a speaker\'s turn, the turn goes on)',
  decide({ text, people, rel, state, principals, newParagraph }) {
    // Inside a speaker's turn a principal named first is addressed or told of ("Premier Li, welcome …").
    if (state.labelSpeaker) return undefined;
    const first = people[0];
    if (!first || rel(first).start > 3 || first.kind === "side" || first.kind === "pronoun") return undefined;
    const after = text.slice(rel(first).end);
    if (/^['’]s\b/.test(after)) return newParagraph ? narrator : undefined; // "At Xi's invitation, T is …"
    const subject = resolveReference(state, first);
    // "Marenholt will attend …" is a plan; "Mr Li, a veteran of …, rarely speaks …" is background.
    if (PLAN_AFTER_SUBJECT.test(after) || (BACKGROUND_MARKERS.test(after) && !POSITION_VOICE.test(after)))
      return narrator;
    if (subject && principals.has(subject)) return { speaker: subject };
    return newParagraph ? narrator : undefined;
  },
};

const labelContinues: Rule = {
  name: "label-continues",
  reads: "speech under a transcript label belongs to the label's speaker until the next label",
  decide({ state, newParagraph, text }) {
    if (!state.labelSpeaker) return undefined;
    if (!newParagraph || !speakerLabel(text)) return { speaker: state.labelSpeaker };
    return undefined;
  },
};

const continuation: Rule = {
  name: "continuation",
  reads:
    "an untagged sentence continues its paragraph's speaker (background after a joint act is the publisher's)",
  decide({ newParagraph, state, text }) {
    if (newParagraph) return undefined;
    // "… signed 20 agreements. Those add to a strategy signed in 2021." A joint act has no voice
    // to go on in: the history after it is the publisher's.
    // Nor does the meeting as the subject ("The call was initiated by Finland."); nor, after any speaker,
    // a signing in the passive ("Ten agreements were signed …") or where it was held ("The meeting was held at …").
    // "However, no agreement is likely to be signed": the publisher's expectation.
    if (SIGNED_PASSIVE.test(text) || MEETING_RECORD.test(text) || EXPECTED_CLAUSE.test(text)) return narrator;
    if (
      state.lastSpeaker === JOINT &&
      (BACKGROUND_MARKERS.test(text) || MEETING_AS_SUBJECT.test(text)) &&
      !POSITION_VOICE.test(text)
    )
      return narrator;
    return { speaker: state.lastSpeaker };
  },
};

const positionParagraph: Rule = {
  name: "position-paragraph",
  reads:
    'a new paragraph that reads as a position ("we", "should", "cooperation") continues the last speaker',
  // "The talks were held in an amicable atmosphere which reflected … cooperation": where and how the
  // meeting was held is the publisher's record, as inside a paragraph (continuation).
  decide: ({ state, text }) =>
    state.lastSpeaker !== NARRATOR && POSITION_MARKERS.test(text) && !MEETING_RECORD.test(text)
      ? { speaker: state.lastSpeaker }
      : undefined,
};

const narration: Rule = {
  name: "narration",
  reads: "anything else is the publisher's narration",
  decide: () => narrator,
};

/** The rules in the order they are tried; the first that decides wins. */
export const RULES: readonly Rule[] = [
  openQuote,
  attendance,
  transcriptLabel,
  remarksLead,
  overviewLabel,
  citedAsSaying,
  speechTag,
  accordingTo,
  participleOpener,
  turnOpener,
  obligationContinues,
  jointDescriptionContinues,
  listedSideThey,
  jointSubject,
  recordPassive,
  quoteIntroduction,
  wordsInTheirTime,
  echoedBy,
  meetingRelative,
  otherOccasion,
  sayingSubject,
  outsideSpeaker,
  planInSpeech,
  narratedAct,
  meetingTold,
  principalActs,
  sideSubject,
  partyPosition,
  labelContinues,
  continuation,
  quotedParagraph,
  background,
  positionParagraph,
  narration,
];
