/**
 * "The Chinese side appreciates …", "The Estonian side is willing to …": a side as the subject speaks
 * for its principal in this meeting, whatever the verb (foreign-ministry readouts state positions so,
 * without a verb of saying). It decides where no one's paragraph is going on: a new paragraph, or after
 * narration or a joint act. Inside a speaker's paragraph, "The US side should …" is still the speaker
 * telling what the other side should do (continuation).
 */
import { isPseudoSpeaker } from "../../domain/schema";
import type { Rule } from "./rule-input";
import { resolveReference } from "./state";

/** "The Chinese side and the Estonian side …" (both), "The Chinese side's proposal …" (a thing): not the side speaking. */
const NOT_THE_SIDE_ACTING = /^(?:['’]s\b|\s+and\b|,?\s+(?:was|were)\s+(?:led|represented|headed)\b)/;

export const sideSubject: Rule = {
  name: "side-subject",
  reads:
    '"The Chinese side appreciates …", "The Estonian side is willing to …" opening a paragraph (or after narration or a joint act): that side\'s principal',
  decide({ text, people, rel, state, principals, principalByParty, newParagraph }) {
    if (state.labelSpeaker || !(newParagraph || isPseudoSpeaker(state.lastSpeaker))) return undefined;
    const first = people[0];
    if (!first || first.kind !== "side" || rel(first).start > 0) return undefined;
    if (NOT_THE_SIDE_ACTING.test(text.slice(rel(first).end))) return undefined;
    const speaker = resolveReference(state, first, principalByParty);
    return speaker && principals.has(speaker) ? { speaker } : undefined;
  },
};
