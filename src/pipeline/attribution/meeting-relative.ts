/**
 * A sentence that tells the meeting and then, in a relative clause, what was done in it ("… a
 * meeting with his counterpart X, in which they agreed to strengthen …", "… received a call from
 * X, during which, the Chinese president offered his condolences …") reports the clause: its
 * subject speaks, not the subject of the meeting verb (nor the publisher telling the meeting).
 */
import { JOINT } from "../../domain/schema";
import { MEETING_RELATIVE } from "../language/en/meeting-patterns";
import { ANY_SAYING_VERB } from "../language/en/speech-patterns";
import { jointSubjectAt } from "./joint-subjects";
import type { Rule } from "./rule-input";
import { resolveReference } from "./state";

export const meetingRelative: Rule = {
  name: "meeting-relative",
  reads:
    '"… a meeting with X, in which they agreed …", "… a call from X, during which the Chinese president offered …": the clause\'s subject speaks',
  decide({ text, people, rel, state, principals }) {
    if (state.labelSpeaker) return undefined;
    const relative = MEETING_RELATIVE.exec(text);
    // "He also recalled his meeting with Xi in 2014, during which they signed …": a speaker telling
    // of a meeting, in his own words (the saying rules decide).
    if (!relative || ANY_SAYING_VERB.test(text.slice(0, relative.index + relative[0].length)))
      return undefined;
    const clause = relative.index + relative[0].length;
    if (jointSubjectAt(text.slice(clause))) return { speaker: JOINT };
    // A principal opening the clause ("during which Xi …", "during which, the Chinese president …").
    const subject = people.find((r) => rel(r).start >= clause && rel(r).start <= clause + 4);
    const id = subject && resolveReference(state, subject);
    return id && principals.has(id) ? { speaker: id } : undefined;
  },
};
