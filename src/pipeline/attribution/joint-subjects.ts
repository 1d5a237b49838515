/**
 * Speaker rules for sentences whose subject is both sides ("The two countries …", "Both sides …",
 * "Xi and Putin …", "Both China and Chile …"): a verb of agreement or exchange makes a joint
 * statement; inside a principal's paragraph a sentence about both countries describes the ties in
 * that principal's words.
 */
import { isPseudoSpeaker, JOINT, NARRATOR } from "../../domain/schema";
import { PARTIES } from "../gazetteer";
import {
  ACCORDING_TO_OPENER,
  AGREEMENT_AFTER_SUBJECT,
  JOINT_SUBJECT,
  JOINT_VERBS,
  MEETING_SUBJECT,
  RECORD_PASSIVE,
  SAYING_ALTERNATION,
  SCENE_AFTER_SUBJECT,
  SIGNING_CEREMONY,
} from "../language/en/speech-patterns";
import {
  EXPECTED_AFTER_SUBJECT,
  PROGRAMME_AFTER_SUBJECT,
  PROGRAMME_TIME,
  TALK_SCENE,
} from "../language/en/programme-patterns";
import { escapeRegExp, execAll } from "../text-utils";
import type { Rule, RuleInput } from "./rule-input";
import { resolveReference } from "./state";

const PARTY = [...new Set(PARTIES.flatMap((p) => [p.name, ...p.aliases]))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
/** Two parties as one subject: "Both China and the Philippines", "During the talks, Pakistan and China". */
const PARTY_PAIR = new RegExp(
  String.raw`^(?:[A-Z][^,.;:]{0,80},\s+)?(?:[Bb]oth\s+)?(?:the\s+)?(?:${PARTY})\s+and\s+(?:the\s+)?(?:${PARTY})\b`,
);
// Titles may stand before either person: "Chinese Premier Li Qiang and Ecuadorian President Lena Tarquist".
const TITLE_WORDS = String.raw`(?:[A-Z][\p{L}.'’-]*\s+){0,6}`;
const PAIR_LEAD = new RegExp(
  String.raw`^(?:[A-Z][^,.;:]{0,80},\s+)?(?:(?:[Bb]oth|[Tt]he)\s+)?${TITLE_WORDS}$`,
  "u",
);
// "Xi and Putin", "The Mongolian President and his Chinese counterpart Xi Jinping"; the EU writes
// a second title after a slash ("The High Representative/Vice-President and Foreign Minister X"); the
// guest's word may stand before his titles ("Xi and visiting South African President R").
const PAIR_AND = new RegExp(
  String.raw`^(?:\s*\/\s*[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,3})?\s+and\s+(?:(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?,?\s+|(?:the\s+)?(?:visiting\s+)?${TITLE_WORDS})$`,
  "u",
);
/**
 * Right after both as the subject, a verb of saying, opinion or satisfaction ("The two sides believed
 * that …", "Both sides held that …", "The two leaders were pleased with …", "Both sides stated …"):
 * what the two said together. Anchored at the subject, so "The two walked … and said" stays a scene.
 */
const OPINION_AFTER_JOINT = new RegExp(
  String.raw`^(?:,?\s+both\b,?)?(?:\s+(?:also|further|fully|both|jointly|unanimously|have|has|had))*\s+(?:(?:${SAYING_ALTERNATION})\b|(?:were|are|was|is|felt|feel)\s+(?:(?:very|highly|fully|particularly|deeply)\s+)?(?:satisfied|pleased|glad|happy|content|gratified)\b|(?:believe|believed|hold|held|consider|considered|maintain|maintained|feel|felt|think|thought|share|shared)\s+that\b)`,
  "i",
);

/** The joint verb after a joint subject, else a verb of saying or opinion right after it ("They" excepted: whoever "they" are). */
function jointVerbAfter(subject: string, after: string): string | undefined {
  const verb = JOINT_VERBS.exec(after)?.[0];
  if (verb || /^they$/i.test(subject.trim())) return verb;
  return OPINION_AFTER_JOINT.exec(after)?.[0].trim().split(/\s+/).pop();
}

/**
 * "Foreign Minister A and Finance Minister B accompanied the President. They said …": right after a
 * list of one side's people, "they" are that side, whatever their verb of saying or agreement.
 */
export const listedSideThey: Rule = {
  name: "listed-side-they",
  reads:
    '"They said …", "They agreed …" right after a sentence listing one side\'s people: that side\'s principal, not a joint act',
  decide({ text, state }) {
    if (!state.listedSide || state.labelSpeaker) return undefined;
    const subject = /^They\b/.exec(text);
    if (!subject) return undefined;
    const after = text.slice(subject[0].length);
    const verb =
      JOINT_VERBS.exec(after)?.[0] ?? OPINION_AFTER_JOINT.exec(after)?.[0].trim().split(/\s+/).pop();
    return verb ? { speaker: state.listedSide, verb: verb.toLowerCase() } : undefined;
  },
};

/** Where a clause about something else begins ("…, where Gillard was greeted", "…, as trade grows"). */
const OTHER_CLAUSE = /[,;]\s+(?:where|who|which|when|while|as|after|before)\b/;

/** The two as people, not as countries or sides ("The two leaders", "They", "the two"). */
const PERSONS = /(?:leaders|heads of state|presidents|ministers|premiers|men|two|they)$/i;

/**
 * A press story's programme or expectation for the two ("The two leaders will have dinner by the
 * lake", "They will resume their talks tomorrow", "the two sides are expected to sign …"): narration.
 * "The two sides will strengthen …" stays a commitment.
 */
function programmeOf(subject: string, after: string): boolean {
  if (EXPECTED_AFTER_SUBJECT.test(after)) return true;
  return PERSONS.test(subject.trim()) && (PROGRAMME_AFTER_SUBJECT.test(after) || PROGRAMME_TIME.test(after));
}

/** Where the ceremony's clause ends: a relative clause or an aside between dashes (", and had talks" goes on). */
const CLAUSE_OR_DASH = /[,;]\s+(?:where|who|which|when|while|as|after|before)\b|\s[—–]\s/;

/**
 * A ceremony right after the subject, with no joint act in its clause ("There, the two shook hands
 * before the talks — their third meeting — which were to focus on …"); "enjoyed the view and
 * discussed …" and "attended the signing of …" stay joint.
 */
function ceremonyAt(after: string): boolean {
  const scene = SCENE_AFTER_SUBJECT.exec(after);
  if (!scene || TALK_SCENE.test(scene[1]!) || SIGNING_CEREMONY.test(after)) return false;
  return !JOINT_VERBS.test(after.split(CLAUSE_OR_DASH)[0]!);
}

/** If two references to different people, one a principal, are joined by "and" before a verb, the index after them. */
function jointPair({ text, people, principals, state, rel }: RuleInput): number | undefined {
  for (let i = 0; i + 1 < people.length; i++) {
    const a = people[i]!;
    const b = people[i + 1]!;
    const idA = resolveReference(state, a);
    const idB = resolveReference(state, b);
    if (!idA || !idB || idA === idB) continue;
    if (!(principals.has(idA) || principals.has(idB))) continue;
    const between = text.slice(rel(a).end, rel(b).start);
    if (PAIR_AND.test(between) && PAIR_LEAD.test(text.slice(0, rel(a).start))) return rel(b).end;
  }
  return undefined;
}

/** A joint subject with a verb of agreement or exchange opens this text ("the leaders agreed …"). */
export function jointSubjectAt(text: string): boolean {
  const subject = JOINT_SUBJECT.exec(text);
  return !!subject && JOINT_VERBS.test(text.slice(subject[0].length));
}

export const jointDescriptionContinues: Rule = {
  name: "joint-description-continues",
  reads:
    "\"The two countries have enjoyed mutual trust\" inside a principal's paragraph is that principal's description; only a verb of agreement or exchange makes it joint",
  decide({ text, people, rel, newParagraph, state }) {
    if (newParagraph || isPseudoSpeaker(state.lastSpeaker)) return undefined;
    const subject = JOINT_SUBJECT.exec(text);
    if (!subject) return undefined;
    // Someone named before the joint subject ("Xi said that over the years, they …") is for the saying rules.
    if (people.some((r) => r.kind !== "pronoun" && rel(r).start < subject[0].length - 4)) return undefined;
    const after = text.slice(subject[0].length);
    // "The two sides agreed …" stays joint; "The two leaders then walked …" stays a scene.
    if (AGREEMENT_AFTER_SUBJECT.test(after) || SCENE_AFTER_SUBJECT.test(after)) return undefined;
    if (programmeOf(subject[0], after)) return undefined;
    return { speaker: state.lastSpeaker };
  },
};

export const jointSubject: Rule = {
  name: "joint-subject",
  reads:
    '"The two sides agreed …", "Xi and Putin discussed …", "Both China and Chile have agreed …", "The meeting discussed …": joint; without such a verb, scene-setting',
  decide(input) {
    const { text, people, rel, state } = input;
    // Under a transcript label the words are the speaker's own ("Both sides have worked to …"), as record-passive's are.
    if (state.labelSpeaker) return undefined;
    const meetingActed = MEETING_SUBJECT.exec(text);
    if (meetingActed) return { speaker: JOINT, verb: meetingActed[1]!.toLowerCase() };
    // "According to <a source>, the leaders agreed …": the source reports the joint act.
    const source = ACCORDING_TO_OPENER.exec(text)?.[0].length ?? 0;
    const body = text.slice(source);
    // A joint subject after an opener that names someone ("Xi said that over the years, they …") is reported speech.
    const jointMatch = JOINT_SUBJECT.exec(body);
    const jointStart =
      jointMatch &&
      !people.some(
        (r) =>
          r.kind !== "pronoun" && rel(r).start >= source && rel(r).start < source + jointMatch[0].length - 4,
      )
        ? jointMatch
        : null;
    if (jointStart) {
      const after = body.slice(jointStart[0].length);
      if (programmeOf(jointStart[0], after) || ceremonyAt(after)) return { speaker: NARRATOR };
      const verb = jointVerbAfter(jointStart[0].split(/,\s+/).pop()!, after);
      return verb ? { speaker: JOINT, verb: verb.toLowerCase() } : { speaker: NARRATOR };
    }
    const pair = jointPair(input);
    if (pair !== undefined) {
      const rest = text.slice(pair);
      if (programmeOf("two", rest) || ceremonyAt(rest)) return { speaker: NARRATOR };
      const verb = jointVerbAfter("two", text.slice(pair).split(OTHER_CLAUSE)[0]!);
      return verb ? { speaker: JOINT, verb: verb.toLowerCase() } : { speaker: NARRATOR };
    }
    // Two countries as the subject are joint only with a verb of agreement or exchange ("China and Chile should …" is someone's proposal).
    const parties = PARTY_PAIR.exec(text);
    const agreed = parties && AGREEMENT_AFTER_SUBJECT.exec(text.slice(parties[0].length));
    return agreed ? { speaker: JOINT, verb: agreed[1]!.toLowerCase() } : undefined;
  },
};

/** A relative or subordinate clause right before a passive ("the plan, which was agreed in 2019, …"). */
const CLAUSE_BEFORE = /\b(?:which|that|who|whom|what|as|when|once|if)\s+$/i;

export const recordPassive: Rule = {
  name: "record-passive",
  reads:
    'the talks as a shared record in an impersonal passive ("It was agreed to …", "Particular attention was paid to …", "An agreement was reached on …", "… were also considered"): joint',
  decide({ text, people, rel, state }) {
    // A transcript speaker may report the record himself ("It was agreed that we …"): his turn goes on.
    if (state.labelSpeaker) return undefined;
    for (const match of execAll(RECORD_PASSIVE, text)) {
      // Someone as the subject ("Xi's proposal was welcomed", "Xi said it was agreed …") is for the saying rules.
      if (people.some((r) => rel(r).start < match.index)) return undefined;
      if (CLAUSE_BEFORE.test(text.slice(0, match.index))) continue;
      const verb = (match[1] ?? match[2]!).toLowerCase();
      return { speaker: JOINT, verb };
    }
    return undefined;
  },
};
