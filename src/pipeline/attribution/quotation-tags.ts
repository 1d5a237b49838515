/**
 * A tag that comes after a quotation names its speaker for the whole quotation, which the rules,
 * reading one sentence at a time, cannot know when they reach its first sentence:
 *   “We want open markets. Our exporters deserve the same access,” said X.   (tag in the last sentence)
 *   “We want open markets. Our exporters deserve the same access.”
 *   said X after the talks.                                                  (tag as its own paragraph)
 * Once a meeting's sentences are attributed, each quotation (opened at the start of a sentence,
 * closed within its paragraph) whose tag names a person gives that person its sentences that only
 * a weak rule had decided (narration, continuation …). The tag paragraph itself stays narration.
 */
import { NARRATOR } from "../../domain/schema";
import type { Reference } from "../references";
import type { Sentence } from "../types";
import { countQuoteBalance, type Attribution } from "./tracker";

export const QUOTATION_TAG = {
  name: "quotation-tag",
  reads:
    'a quotation whose tag comes after it (in its last sentence, or as the next paragraph: "said X …", "X said.") is X\'s from its first sentence on',
} as const;

/** Decisions a tag after the quotation may overrule: none of them read a speaker in the sentence. */
const WEAK = new Set([
  "narration",
  "continuation",
  "position-paragraph",
  "background",
  "open-quote",
  "quoted-paragraph",
]);

const OPENS_QUOTE = /^[“"‘']/;
const OPENS_SINGLE = /^[‘']/;
/** A closing single mark after the words, then the tag: "…,' Xi added." */
const CLOSE_SINGLE_THEN_TAG = /[,!?.][’']\s+\S/;
/** A closing mark after the words, then the tag: '…," said X', '…," X added'. */
const CLOSE_THEN_TAG = /[,!?](?:["”]|’’|'')\s+\S/;
/** A paragraph that is only a tag: "said Prime Minister X at …", "— X said." */
const TAG_FIRST = /^(?:[—–-]\s*)?(said|added|stressed|noted|continued|asserted|declared)\s+/;
const TITLE_WORDS = /^(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;
const TAG_LAST = /^(?:[—–-]\s*)?(?:\S+\s+){1,4}(?:said|added|stressed|noted|continued|declared)\s*[.,]?$/;
/** A sentence that ends where its quotation closes: '… next year.’', '… since spring.”'. */
const ENDS_CLOSED = /[.!?,](?:[”"’']|’’|'')\s*$/;

/**
 * The rules read a tag with more after its verb ('…," the Chinese president said before the talks
 * began.') by its saying subject, not as a speech tag; after the closing mark it is still the tag.
 */
function tagInClosing(item: AttributedSentence, single: boolean): boolean {
  const { rule, speaker } = item.attribution;
  if (rule === "speech-tag") return true;
  const closeThenTag = single ? CLOSE_SINGLE_THEN_TAG : CLOSE_THEN_TAG;
  return rule === "saying-subject" && speaker !== NARRATOR && closeThenTag.test(item.sentence.text);
}

/** '‘…next year.’ He added.': a bare tag as the sentence after the quotation, in its paragraph. */
function bareTagAfter(closing: AttributedSentence, next: AttributedSentence | undefined): boolean {
  return (
    next !== undefined &&
    next.sentence.paragraph === closing.sentence.paragraph &&
    ENDS_CLOSED.test(closing.sentence.text) &&
    (TAG_FIRST.test(next.sentence.text) || TAG_LAST.test(next.sentence.text))
  );
}

export interface AttributedSentence {
  sentence: Sentence;
  refs: readonly Reference[];
  attribution: Attribution;
}

/** Whom a tag-only paragraph names: the name or role right after "said", or the subject the rules read in "X said." */
function tagSpeaker(item: AttributedSentence): { speaker: string; verb?: string } | undefined {
  const { text, span } = item.sentence;
  const first = TAG_FIRST.exec(text);
  if (first) {
    // Right after the verb, or after the title and honorific that precede the name ("Prime Minister X").
    const person = item.refs.find(
      (r) =>
        (r.kind === "name" || r.kind === "role") &&
        r.actorId &&
        TITLE_WORDS.test(text.slice(first[0].length, r.start - span[0])),
    );
    return person?.actorId ? { speaker: person.actorId, verb: first[1] } : undefined;
  }
  const { attribution } = item;
  return TAG_LAST.test(text) && attribution.rule === "saying-subject"
    ? { speaker: attribution.speaker, verb: attribution.verb }
    : undefined;
}

/** Gives a quotation's earlier sentences the speaker its tag names (in place; returns how many changed). */
export function attributeQuotationTags(items: AttributedSentence[]): number {
  let changed = 0;
  for (let k = 0; k < items.length; k++) {
    const opening = items[k]!.sentence.text;
    if (!OPENS_QUOTE.test(opening)) continue;
    let paragraph = items[k]!.sentence.paragraph;
    // Single marks ('…,' Xi added.) are also apostrophes, so no count: the tag after a closing mark closes it.
    const single = OPENS_SINGLE.test(opening);
    // Where the quotation closes, within its paragraph.
    let depth = 0;
    let m = k;
    for (; m < items.length; m++) {
      const text = items[m]!.sentence.text;
      if (items[m]!.sentence.paragraph !== paragraph) {
        // A paragraph left open and the next opening with a mark: one quotation over both
        // (the press convention for a quotation of several paragraphs).
        if (single || depth <= 0 || !OPENS_QUOTE.test(text)) break;
        paragraph = items[m]!.sentence.paragraph;
        depth = 0;
      }
      if (single) {
        if (m > k && tagInClosing(items[m]!, true) && CLOSE_SINGLE_THEN_TAG.test(items[m]!.sentence.text))
          break;
        if (bareTagAfter(items[m]!, items[m + 1])) break;
        continue;
      }
      depth += countQuoteBalance(items[m]!.sentence.text);
      if (depth <= 0) break;
      // '…our country," said X on his profile "name.': a stray mark after the tag leaves the count
      // even, but the tag after a closing mark closes the quotation.
      if (m > k && tagInClosing(items[m]!, false) && CLOSE_THEN_TAG.test(items[m]!.sentence.text)) break;
    }
    if (m >= items.length || items[m]!.sentence.paragraph !== paragraph) continue;
    const closing = items[m]!;
    const next = items[m + 1];
    // The tag: in the closing sentence (a speech tag after the words), or a one-sentence paragraph next.
    const endsParagraph = next?.sentence.paragraph !== paragraph && /[”"]\s*$/.test(closing.sentence.text);
    const tagOnly =
      next &&
      ((endsParagraph && items[m + 2]?.sentence.paragraph !== next.sentence.paragraph) ||
        bareTagAfter(closing, next));
    const inClosing = m > k && tagInClosing(closing, single);
    const tag = inClosing ? closing.attribution : tagOnly ? tagSpeaker(next) : undefined;
    const last = inClosing ? m - 1 : m; // the last sentence the tag's speaker takes
    for (let i = k; tag && i <= last; i++) {
      const { attribution } = items[i]!;
      // Inside the quotation no sentence is the publisher's scene ("The ministers are with me").
      const weak = WEAK.has(attribution.rule) || attribution.speaker === NARRATOR;
      if (!weak || attribution.speaker === tag.speaker) continue;
      items[i]!.attribution = { speaker: tag.speaker, verb: tag.verb, rule: QUOTATION_TAG.name };
      changed += 1;
    }
    k = m;
  }
  return changed;
}
