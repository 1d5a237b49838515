/**
 * The sentence that tells the meeting, or restates it, is the publisher's narration, not the one
 * principal who is its subject: "The Venezuelan president, M, held a telephone conversation with
 * his counterpart … Xi, on Friday in order to …", "Xi made the comments in a meeting with Prime
 * Minister M", "J's discussions with Wang Yi also covered the EAS agenda", and so is the guest's
 * other meeting told in passing ("Also on Monday, Vice Premier H met with Princess A"). A principal that says
 * something there ("Xi said while meeting M that …", "During talks with M, Xi called for …") is
 * decided by the saying rules before this one; a transcript's labelled speaker tells of the meeting
 * himself ("President Xi and I have just held talks").
 */
import { NARRATOR } from "../../domain/schema";
import { MEETING_NOUN_WITH } from "../language/en/meeting-patterns";
import { ANY_SAYING_VERB, MEETING_WISHED } from "../language/en/speech-patterns";
import { MEETING_CUE } from "../meetings";
import type { Rule } from "./rule-input";
import { resolveReference } from "./state";

export const meetingTold: Rule = {
  name: "meeting-told",
  reads:
    'the sentence that tells the meeting between the two principals, or restates it ("Xi made the comments in a meeting with M", "J\'s discussions with Wang Yi also covered …"), is narration',
  decide({ text, people, rel, state, principals }) {
    if (state.labelSpeaker || ANY_SAYING_VERB.test(text)) return undefined;
    const cue = MEETING_CUE.exec(text) ?? MEETING_NOUN_WITH.exec(text);
    if (!cue) return undefined;
    // "President X looks forward to meeting President Y again …": a meeting wished for is no
    // meeting told but an attitude, a speaker's words inside his part. A plan ("is due to hold
    // talks with …") stays the publisher's programme.
    if (MEETING_WISHED.test(text.slice(Math.max(0, cue.index - 30), cue.index))) return undefined;
    const cueEnd = cue.index + cue[0].length;
    // One person before the meeting words, another after them, one of the two a principal (the
    // other may be someone the guest also met: "Also on Monday, Vice Premier H met with Princess A").
    const named = people
      .filter((ref) => ref.kind === "name" || ref.kind === "role")
      .map((ref) => ({ at: rel(ref), id: resolveReference(state, ref) }))
      .filter((p): p is { at: { start: number; end: number }; id: string } => !!p.id);
    const subject = named.find((p) => p.at.end <= cue.index);
    const other =
      subject &&
      named.find(
        (p) =>
          p.at.start >= cueEnd && p.id !== subject.id && (principals.has(p.id) || principals.has(subject.id)),
      );
    return other ? { speaker: NARRATOR } : undefined;
  },
};
