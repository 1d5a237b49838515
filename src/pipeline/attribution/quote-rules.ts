/**
 * Speaker rules for quotations and their tags: an open quotation continues its speaker, a tag after
 * the words names the speaker ("…," Mr. P said; "…," he continued, "…"), and a run of quoted
 * paragraphs (journalistic convention: each opens with a quotation mark) goes on in the voice of
 * the quotation before it.
 */
import { NARRATOR } from "../../domain/schema";
import {
  ACCORDING_TO_TAG,
  ADDRESSED_SPEECH,
  AFTER_INVERTED_SUBJECT,
  HONORIFIC_BEFORE,
  TAG_AFTER_SUBJECT,
  VERB_BEFORE_SUBJECT,
} from "../language/en/speech-patterns";
import type { Rule } from "./rule-input";
import { countQuoteBalance, resolveReference } from "./state";

export const OPEN_QUOTE = /^[“"‘]/;
const SENTENCE_END = /^\s*[.!]?[”"’]?\s*$/;

export const speechTag: Rule = {
  name: "speech-tag",
  reads:
    'a tag after the words ("…, Xi said", "…," said Xi, "…," Mr. Xi said, "…, he added", "…," he continued, "…, according to Wang.")',
  decide({ text, people, rel, state, principalByParty }) {
    // "Minister Q shared Pakistan's concern over …, which, he stressed, was …": a "he" in the tag of
    // a sentence whose subject is a named person is that subject, whoever spoke before.
    const opener = people[0];
    const subject =
      opener && rel(opener).start <= 3 && (opener.kind === "name" || opener.kind === "role")
        ? opener.actorId
        : undefined;
    for (const ref of people) {
      const { start, end } = rel(ref);
      if (start === 0) continue;
      const before = text.slice(0, start);
      const after = text.slice(end);
      // "…, according to Wang." closing the sentence: the paraphrase is his (a source named
      // inside the sentence, "according to a statement by …", is not a person's tag).
      if (ACCORDING_TO_TAG.test(before) && SENTENCE_END.test(after)) {
        const speaker = resolveReference(state, ref, principalByParty);
        if (speaker) return { speaker, verb: "according to" };
      }
      // An honorific may stand between the closing mark and the name ('…," Mr. Putin said').
      const lead = before.replace(HONORIFIC_BEFORE, "");
      const precededBySeparator =
        /(?:[,;]|[”"’'],?)\s*$/.test(lead) && !/\b(?:that|which|who|as)\s*$/.test(lead);
      if (precededBySeparator) {
        const tag = TAG_AFTER_SUBJECT.exec(after);
        // '"At noon today, W held talks with Z," the spokesman said. W welcomed Z …, he added.': a "he"
        // closing the sentence after an outside speaker (who is nobody's "he" to the tracker) is that speaker.
        if (
          tag &&
          ref.kind === "pronoun" &&
          !state.lastPerson &&
          state.lastSpeaker === NARRATOR &&
          SENTENCE_END.test(after.slice(tag.index + tag[0].length))
        )
          return { speaker: NARRATOR };
        const speaker =
          (ref.kind === "pronoun" ? subject : undefined) ?? resolveReference(state, ref, principalByParty);
        if (tag && speaker) return { speaker, verb: tag[1] };
      }
      const inverted = VERB_BEFORE_SUBJECT.exec(before);
      if (inverted && AFTER_INVERTED_SUBJECT.test(after)) {
        const speaker = resolveReference(state, ref);
        if (speaker) return { speaker, verb: inverted[1] };
      }
    }
    return undefined;
  },
};

export const openQuote: Rule = {
  name: "open-quote",
  reads:
    "an open quotation continues its speaker until it closes (a tag where it closes names its own speaker)",
  decide(input) {
    const { state, newParagraph, text } = input;
    const { quote, pendingQuote } = state;
    if (quote && (!newParagraph || OPEN_QUOTE.test(text) || quote.announced)) {
      // '"A is true. B is true," Mr. P said.': where the quotation closes, its tag names the speaker
      // (speech-tag decides; the quotation-tag pass then gives P the sentences before).
      const closes = (newParagraph ? 0 : quote.depth) + countQuoteBalance(text) <= 0;
      if (closes && speechTag.decide(input)) return undefined;
      return { speaker: quote.speaker, verb: quote.verb };
    }
    if (pendingQuote && OPEN_QUOTE.test(text))
      return { speaker: pendingQuote.speaker, verb: pendingQuote.verb };
    return undefined;
  },
};

export const remarksLead: Rule = {
  name: "remarks-lead",
  reads:
    'unquoted speech in the first or second person after a lead ending in a colon ("Opening remarks by Minister M at the meeting with X:", "the Minister said:") is M\'s, as under a transcript label',
  decide({ state, newParagraph, text }) {
    const lead = state.pendingQuote;
    // Inside a transcript turn the labelled speaker goes on, whoever his colon introduces.
    if (!newParagraph || !lead || state.labelSpeaker || OPEN_QUOTE.test(text)) return undefined;
    if (!ADDRESSED_SPEECH.test(text)) return undefined;
    // A release of one person's remarks has no labels: the lead's speaker holds the turn from here.
    state.labelSpeaker = lead.speaker;
    return { speaker: lead.speaker, verb: lead.verb };
  },
};

export const quotedParagraph: Rule = {
  name: "quoted-paragraph",
  reads:
    "a new paragraph of quoted speech right after a person's quotation goes on in that person's voice (a run of quoted paragraphs)",
  decide({ state, newParagraph, text }) {
    const last = state.lastQuoted;
    if (!newParagraph || !last || last.paragraph !== state.lastParagraph || !OPEN_QUOTE.test(text))
      return undefined;
    // Speech, not a quoted phrase inside narration ('"A new era" was the motto …').
    const speech = countQuoteBalance(text) > 0 || /[”"’]\s*$/.test(text);
    return speech ? { speaker: last.speaker, verb: last.verb } : undefined;
  },
};
