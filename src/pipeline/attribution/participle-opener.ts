/**
 * "Noting that …, Putin said …": a participle of saying opening the sentence gives its words to the
 * subject of the main clause; with "that" ("Noting that …, Xi offered sympathies …") whatever its verb.
 */
import {
  PARTICIPLE_OPENER,
  SAYING_AFTER_SUBJECT,
  SAYING_PARTICIPLE_THAT,
} from "../language/en/speech-patterns";
import { TURN_THEN_WORDS } from "../language/en/turn-patterns";
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

/** Only title words before the subject ("The Chilean President", "Prime Minister"). */
const TITLE_LEAD = /^(?:(?:[A-Z][\p{L}'’.-]*|the|of)\s+)*$/u;

export const turnOpener: Rule = {
  name: "turn-opener",
  reads:
    '"X was the first to speak, saying …", "Xi spoke first, noting …", "The Prime Minister opened the talks by praising …": the subject\'s words',
  decide({ text, people, rel, state }) {
    const subject = people[0];
    if (!subject || subject.kind === "side" || !TITLE_LEAD.test(text.slice(0, rel(subject).start)))
      return undefined;
    const turn = TURN_THEN_WORDS.exec(text.slice(rel(subject).end));
    const speaker = turn && resolveReference(state, subject);
    return speaker ? { speaker, verb: turn[1] } : undefined;
  },
};
