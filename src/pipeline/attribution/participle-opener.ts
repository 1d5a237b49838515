/**
 * "Noting that …, Putin said …": a participle of saying opening the sentence gives its words to the
 * subject of the main clause; with "that" ("Noting that …, Xi offered sympathies …") whatever its verb.
 */
import {
  PARTICIPLE_OPENER,
  SAYING_AFTER_SUBJECT,
  SAYING_PARTICIPLE_THAT,
} from "../language/en/speech-patterns";
import type { Rule } from "./rule-input";
import { resolveReference } from "./state";

export const participleOpener: Rule = {
  name: "participle-opener",
  reads:
    '"Noting that …, Putin said …": the subject of the main clause; after a participle of saying with "that" ("Noting that …, Xi offered sympathies …"), whatever its verb',
  decide({ text, people, rel, state }) {
    if (!PARTICIPLE_OPENER.test(text)) return undefined;
    for (const ref of people) {
      const { start, end } = rel(ref);
      const verb = SAYING_AFTER_SUBJECT.exec(text.slice(end))?.[1];
      // The subject follows the comma that closes the participle clause.
      const speaker = verb && /,\s*$/.test(text.slice(0, start)) ? resolveReference(state, ref) : undefined;
      if (speaker) return { speaker, verb };
    }
    // "Noting that …, Xi offered sympathies": the first person after a comma opens the main clause.
    const subject = SAYING_PARTICIPLE_THAT.test(text)
      ? people.find((ref) => /,\s*$/.test(text.slice(0, rel(ref).start)))
      : undefined;
    const speaker = subject && resolveReference(state, subject);
    return speaker ? { speaker } : undefined;
  },
};
