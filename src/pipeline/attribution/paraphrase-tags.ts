/**
 * Agency copy often reports a principal in a paragraph of unquoted paraphrase whose tag comes only
 * at its end: "The year ahead is the first of the new plan. The Party will lead the people …, Xi
 * said." Reading one sentence at a time, the rules give the first sentences to the publisher; once
 * a meeting's sentences are attributed, such a paragraph is the tagged speaker's from its start.
 * Only when every earlier sentence is unquoted, names no one (a sentence naming a person is about
 * them: the meeting, a visit) and was decided by a rule that read no speaker in it.
 */
import { isPseudoSpeaker } from "../../domain/schema";
import type { AttributedSentence } from "./quotation-tags";

export const PARAPHRASE_TAG = {
  name: "paraphrase-tag",
  reads:
    'an unquoted paragraph whose last sentence is tagged ("… . The Party will unite …, Xi said.") is the tagged speaker\'s from its first sentence on',
} as const;

const WEAK = new Set(["narration", "continuation", "position-paragraph"]);
const QUOTE_MARK = /[“”"]/;

/** Gives an unquoted paragraph's untagged sentences the speaker its closing tag names (in place; returns how many changed). */
export function attributeParaphraseTags(items: AttributedSentence[]): number {
  let changed = 0;
  for (let first = 0; first < items.length;) {
    const paragraph = items[first]!.sentence.paragraph;
    let last = first;
    while (items[last + 1]?.sentence.paragraph === paragraph) last += 1;
    const tag = items[last]!;
    const tagged =
      last > first &&
      tag.attribution.rule === "speech-tag" &&
      !isPseudoSpeaker(tag.attribution.speaker) &&
      !QUOTE_MARK.test(tag.sentence.text);
    const untagged = items.slice(first, last);
    const plain = untagged.every(
      ({ sentence, refs, attribution }) =>
        WEAK.has(attribution.rule) &&
        !QUOTE_MARK.test(sentence.text) &&
        !refs.some((r) => r.kind === "name" || r.kind === "role" || r.kind === "pronoun"),
    );
    if (tagged && plain)
      for (const item of untagged) {
        if (item.attribution.speaker === tag.attribution.speaker) continue;
        item.attribution = { ...tag.attribution, rule: PARAPHRASE_TAG.name };
        changed += 1;
      }
    first = last + 1;
  }
  return changed;
}
