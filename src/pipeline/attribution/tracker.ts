/**
 * Stage statements: decides who says each sentence of a meeting by trying the rules of ./rules.ts
 * in order, and keeps what carries across sentences (the last speaker, "he", open quotations,
 * transcript labels). Pronouns and role nouns resolve to people the readout has already named.
 */
import { isPseudoSpeaker, NARRATOR } from "../../domain/schema";
import { SAYING_BEFORE_COLON } from "../language/en/speech-patterns";
import type { Reference } from "../references";
import type { Sentence } from "../types";
import type { Rule, RuleInput } from "./rule-input";
import { RULES } from "./rules";
import { withSharedReferencesResolved } from "./shared-references";
import { countQuoteBalance, initialState, resolveReference, type Speaker, type TrackerState } from "./state";

export { countQuoteBalance };

export type { Speaker };

export interface Attribution {
  speaker: Speaker;
  verb?: string;
  /** The name of the rule that decided (see RULES), for `--explain` and tests. */
  rule: string;
}

export interface AttributionInput {
  sentence: Sentence;
  refs: Reference[];
  attendance: boolean;
  /** The principal whose side's people an attendance sentence lists, if one side's only. */
  listedSide?: string;
  /** Ids of the two principals, to recognise "Xi Jinping and Putin" as a joint subject. */
  principals: ReadonlySet<string>;
  /** Each side's principal by party, so "the Chinese side" speaks as the Chinese principal. */
  principalByParty?: ReadonlyMap<string, string>;
  /** The party whose account the readout is (its perspective: China's or the counterpart's side), if either. */
  homeParty?: string;
}

// Rules after which a transcript label no longer holds: the publisher speaks again.
const ENDS_LABEL = new Set(["quote-introduction", "outside-speaker", "narration"]);

/** Keeps attribution state across the sentences of one readout. */
export class SpeakerTracker {
  private readonly state: TrackerState = initialState();

  constructor(private readonly rules: readonly Rule[] = RULES) {}

  /** A remarks page of one speaker reads as a transcript with that speaker's single turn. */
  speakAs(speaker: string): void {
    this.state.labelSpeaker = speaker;
  }

  attribute(original: AttributionInput): Attribution {
    const input = withSharedReferencesResolved(original);
    const offset = input.sentence.span[0];
    // Rules ask for a reference's offsets in the sentence many times: compute each once.
    const offsets = new Map<Reference, { start: number; end: number }>();
    const rel = (ref: Reference) => {
      let span = offsets.get(ref);
      if (!span) offsets.set(ref, (span = { start: ref.start - offset, end: ref.end - offset }));
      return span;
    };
    const ruleInput: RuleInput = {
      sentence: input.sentence,
      refs: input.refs,
      attendance: input.attendance,
      principals: input.principals,
      principalByParty: input.principalByParty,
      text: input.sentence.text,
      people: input.refs.filter((r) => r.kind !== "side" || r.actorId),
      newParagraph: input.sentence.paragraph !== this.state.lastParagraph,
      state: this.state,
      rel,
    };
    for (const rule of this.rules) {
      const decision = rule.decide(ruleInput);
      if (!decision) continue;
      const result: Attribution = { ...decision, rule: rule.name };
      this.remember(input, result);
      return result;
    }
    throw new Error("attribution: no rule decided; the last rule must always decide");
  }

  private remember(
    { sentence, refs, listedSide: ruleListedSide }: AttributionInput,
    result: Attribution,
  ): void {
    const state = this.state;
    const text = sentence.text;
    // One act the publisher narrates inside a person's paragraph ("… . Putin has led a large
    // delegation. …") does not end that person's voice: the paragraph's next sentences go on in it.
    const keepsVoice =
      result.rule === "narrated-act" &&
      sentence.paragraph === state.lastParagraph &&
      !isPseudoSpeaker(state.lastSpeaker);
    if (sentence.paragraph !== state.lastParagraph) state.paragraphSpeaker = result.speaker;
    state.lastParagraph = sentence.paragraph;
    if (!isPseudoSpeaker(result.speaker)) state.lastPerson = result.speaker;
    else {
      // A narrated sentence still moves "he" to the person it is about ("Xi asserted:").
      const subject = refs.find(
        (r) => r.kind !== "pronoun" && r.kind !== "side" && r.start - sentence.span[0] <= 3,
      );
      if (subject?.actorId) state.lastPerson = subject.actorId;
    }
    if (ENDS_LABEL.has(result.rule)) state.labelSpeaker = undefined;
    // "They" after a list of one side's people is that side, in the next sentence only.
    state.listedSide = result.rule === "attendance" ? ruleListedSide : undefined;
    if (!keepsVoice) state.lastSpeaker = result.speaker;
    if (/[“”"]/.test(text) && !isPseudoSpeaker(result.speaker))
      state.lastQuoted = { speaker: result.speaker, verb: result.verb, paragraph: sentence.paragraph };

    // Quotation state: a sentence ending in ":" after "X asserted" opens a quote for the next paragraph.
    const balance = countQuoteBalance(text);
    if (result.rule === "open-quote") {
      // A statement a lead announced ("… made the following statement:") may run over paragraphs.
      const announced = state.quote ? state.quote.announced : !!state.pendingQuote;
      state.pendingQuote = undefined;
      const depth = (state.quote?.depth ?? 0) + balance;
      state.quote = depth > 0 ? { speaker: result.speaker, verb: result.verb, depth, announced } : undefined;
    } else if (/:\s*$/.test(text)) {
      const subject = refs.find((r) => r.kind !== "side");
      const speaker = subject && resolveReference(state, subject);
      const verb = SAYING_BEFORE_COLON.exec(text)?.[1];
      state.pendingQuote = speaker ? { speaker, verb } : undefined;
      state.quote = undefined;
    } else {
      state.pendingQuote = undefined;
      state.quote =
        balance > 0 && result.speaker !== NARRATOR
          ? { speaker: result.speaker, verb: result.verb, depth: balance }
          : undefined;
    }
  }
}
