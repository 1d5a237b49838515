/**
 * A spokesperson quoting the readout of the talks: '"The discussion was constructive. They agreed
 * to explore areas of cooperation," Bruce said.' The tag gives the quotation to the spokesperson,
 * but a sentence of it whose subject is the two and whose verb an agreement or exchange ("They
 * agreed …", "The two sides discussed …") tells what both did: joint, as it would be unquoted. A
 * principal's own words ('"We agreed …," Xi said') stay the principal's.
 */
import { isPseudoSpeaker, JOINT } from "../../domain/schema";
import { AGREEMENT_AFTER_SUBJECT, JOINT_SUBJECT } from "../language/en/speech-patterns";
import type { AttributedSentence } from "./quotation-tags";

export const REPORTED_JOINT = {
  name: "reported-joint-act",
  reads:
    'a sentence of a quotation someone other than a principal is given ("They agreed to …," the spokesperson said) that tells what the two agreed or discussed is joint',
} as const;

/** Rules that gave the sentence to a quotation's speaker. */
const QUOTED = new Set(["speech-tag", "quotation-tag", "open-quote", "quoted-paragraph"]);

/** Makes such sentences joint (in place; returns how many changed). */
export function attributeReportedJointActs(
  items: AttributedSentence[],
  principals: ReadonlySet<string>,
): number {
  let changed = 0;
  for (const item of items) {
    const { speaker, rule } = item.attribution;
    if (!QUOTED.has(rule) || isPseudoSpeaker(speaker) || principals.has(speaker)) continue;
    const text = item.sentence.text.replace(/^[“"‘']\s*/, "");
    const subject = JOINT_SUBJECT.exec(text);
    const verb = subject && AGREEMENT_AFTER_SUBJECT.exec(text.slice(subject[0].length));
    if (!verb) continue;
    item.attribution = { speaker: JOINT, verb: verb[1]!.toLowerCase(), rule: REPORTED_JOINT.name };
    changed += 1;
  }
  return changed;
}
