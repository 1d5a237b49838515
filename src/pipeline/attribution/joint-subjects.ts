/**
 * Speaker rules for sentences whose subject is both sides ("The two countries …", "Both sides …"):
 * inside a principal's paragraph such a sentence describes the ties in that principal's words, and
 * only a verb of agreement or exchange ("The two sides agreed …") makes it a joint statement.
 */
import { isPseudoSpeaker } from "../../domain/schema";
import { AGREEMENT_AFTER_SUBJECT, JOINT_SUBJECT, SCENE_AFTER_SUBJECT } from "../language/en/speech-patterns";
import type { Rule } from "./rule-input";

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
    return { speaker: state.lastSpeaker };
  },
};
