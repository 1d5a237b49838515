/**
 * Someone the readout does not know speaking ("Zhu Feng, a professor at …, said", "…, diplomats
 * familiar with the talks said"): the publisher reporting an outside voice, not a side.
 */
import { NARRATOR } from "../../domain/schema";
import { PARTIES } from "../gazetteer";
import {
  ANONYMOUS_SOURCE_TAG,
  OUTSIDE_SPEAKER_FIRST,
  OUTSIDE_SPEAKER_TAG,
} from "../language/en/speech-patterns";
import { escapeRegExp } from "../text-utils";
import type { Rule } from "./rule-input";

// Country and organisation names as subjects ("China said", "The Kremlin said") are not outside speakers.
const PARTY_NAME = new RegExp(
  String.raw`^(?:${[...new Set(PARTIES.flatMap((p) => [p.name, ...p.aliases, ...p.adjectives]))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")}|Beijing|Moscow|Washington|Kremlin|White House)\b`,
);

export const outsideSpeaker: Rule = {
  name: "outside-speaker",
  reads:
    'someone the readout does not know ("Zhu Feng, a professor at …, said") is reported by the publisher',
  decide({ text, refs, rel, state }) {
    // Inside a transcript turn the labelled speaker reports others ("You said …"): the turn goes on.
    if (state.labelSpeaker) return undefined;
    const outside =
      OUTSIDE_SPEAKER_FIRST.exec(text) ?? OUTSIDE_SPEAKER_TAG.exec(text) ?? ANONYMOUS_SOURCE_TAG.exec(text);
    if (!outside) return undefined;
    const at = outside.index + outside[0].indexOf(outside[1]!);
    const named = refs.some(
      (r) => r.kind !== "pronoun" && rel(r).start < at + outside[1]!.length && at < rel(r).end,
    );
    if (named || PARTY_NAME.test(outside[1]!)) return undefined;
    // No longer the "he" of what follows.
    state.lastPerson = undefined;
    return { speaker: NARRATOR };
  },
};
