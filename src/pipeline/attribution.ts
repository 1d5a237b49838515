/**
 * Stage 6, statements: decides who says each sentence of a meeting. Rules, most explicit first:
 * an open quotation or transcript label; a speech tag after the words ("…, Xi said", "…," said
 * Xi", "…, he added"); "According to X, …"; a participial opener ("Noting that …, Putin said …");
 * a joint subject ("The two sides …"); a subject with a verb of saying; scene-setting; and last,
 * continuation (the same paragraph, or a new paragraph that reads as a position, continues the
 * previous speaker). Pronouns and role nouns resolve to people the readout has already named.
 */
import { PARTIES } from "./gazetteer";
import {
  ADVERBIAL,
  FUTURE_MARKERS,
  JOINT_SUBJECT,
  JOINT_VERBS,
  OUTSIDE_SPEAKER_FIRST,
  OUTSIDE_SPEAKER_TAG,
  PARTICIPLE_OPENER,
  POSITION_MARKERS,
  SAYING_VERBS,
  SCENE_VERBS,
} from "./speech-patterns";
import type { Reference } from "./references";
import { escapeRegExp } from "./text-utils";
import type { Sentence } from "./types";

export type Speaker = string; // actor id | "joint" | "narrator"

export interface Attribution {
  speaker: Speaker;
  verb?: string;
  /** Which rule decided, for the extract summary and tests. */
  rule:
    | "quote"
    | "label"
    | "tag"
    | "according-to"
    | "participle"
    | "joint"
    | "subject"
    | "scene"
    | "attendance"
    | "continuation"
    | "narration";
}

export interface AttributionInput {
  sentence: Sentence;
  refs: Reference[];
  attendance: boolean;
  /** Ids of the two principals, to recognise "Xi Jinping and Putin" as a joint subject. */
  principals: ReadonlySet<string>;
  /** Each side's principal by party, so "the Chinese side" speaks as the Chinese principal. */
  principalByParty?: ReadonlyMap<string, string>;
}

const verbAlternation = [...SAYING_VERBS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const SAYING_AFTER_SUBJECT = new RegExp(String.raw`^(?:,[^,]{1,90},)?${ADVERBIAL}\s+(${verbAlternation})\b`);
const SCENE_AFTER_SUBJECT = new RegExp(
  String.raw`^${ADVERBIAL}\s+(${[...SCENE_VERBS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\b`,
);
const TAG_AFTER_SUBJECT = new RegExp(
  String.raw`^${ADVERBIAL}\s+(${verbAlternation})(?:\s+(?:[A-Z][\w-]*|him|her|them|reporters|the [\w-]+)){0,3}\s*(?:[,.;!]|$)`,
);
const VERB_BEFORE_SUBJECT = new RegExp(
  String.raw`(?:[,”"’]\s*)(said|added|stressed|noted|continued|asserted|declared)\s+(?:(?:President|Prime Minister|Premier|Chancellor|Secretary-General|Foreign Minister|Minister|Chairman|Chair)\s+)?$`,
);
const OPEN_QUOTE = /^[“"‘]/;
// Country and organisation names as subjects ("China said", "The Kremlin said") are not outside speakers.
const PARTY_NAME = new RegExp(
  String.raw`^(?:${[...new Set(PARTIES.flatMap((p) => [p.name, ...p.aliases, ...p.adjectives]))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")}|Beijing|Moscow|Washington|Kremlin|White House)\b`,
);
const LABEL = /^([^:]{2,60}):\s/;

function countQuoteBalance(text: string): number {
  const curlyOpen = (text.match(/“/g) ?? []).length;
  const curlyClose = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return curlyOpen - curlyClose + (straight % 2 === 1 ? (text.trimStart().startsWith('"') ? 1 : -1) : 0);
}

/** Keeps attribution state across the sentences of one readout. */
export class SpeakerTracker {
  private lastSpeaker: Speaker = "narrator";
  private lastPerson: string | undefined;
  private lastParagraph = -1;
  private quote: { speaker: string; verb?: string; depth: number } | undefined;
  private pendingQuote: { speaker: string; verb?: string } | undefined;
  private labelSpeaker: string | undefined;

  attribute(input: AttributionInput): Attribution {
    const result = this.decide(input);
    this.remember(input, result);
    return result;
  }

  private resolve(ref: Reference, principalByParty?: ReadonlyMap<string, string>): string | undefined {
    if (ref.kind === "pronoun") return this.lastPerson;
    // "The Russian side expressed …" is the position of Russia's principal in this meeting.
    if (ref.kind === "side" && ref.actorId) return principalByParty?.get(ref.actorId) ?? ref.actorId;
    return ref.actorId;
  }

  private decide({
    sentence,
    refs,
    attendance,
    principals,
    principalByParty,
  }: AttributionInput): Attribution {
    const text = sentence.text;
    const offset = sentence.span[0];
    const newParagraph = sentence.paragraph !== this.lastParagraph;
    const rel = (ref: Reference) => ({ start: ref.start - offset, end: ref.end - offset });

    // An open quotation continues its speaker until it closes.
    if (this.quote && !newParagraph)
      return { speaker: this.quote.speaker, verb: this.quote.verb, rule: "quote" };
    if (this.quote && newParagraph && OPEN_QUOTE.test(text))
      return { speaker: this.quote.speaker, verb: this.quote.verb, rule: "quote" };
    if (this.pendingQuote && OPEN_QUOTE.test(text))
      return { speaker: this.pendingQuote.speaker, verb: this.pendingQuote.verb, rule: "quote" };

    if (attendance) return { speaker: "narrator", rule: "attendance" };

    // Transcript label at the head of a paragraph: "Vladimir Putin: Mr President, …".
    if (newParagraph) {
      // "Vladimir Putin: …", "President of China Xi Jinping (retranslated): …".
      const label = LABEL.exec(text);
      const labelRef =
        label &&
        label[1]!.split(/\s+/).length <= 9 &&
        refs.find((r) => r.kind === "name" && rel(r).end <= label[1]!.length);
      if (
        label &&
        labelRef &&
        labelRef.actorId &&
        !new RegExp(String.raw`\b(?:${verbAlternation})\b`).test(label[1]!)
      ) {
        this.labelSpeaker = labelRef.actorId;
        return { speaker: labelRef.actorId, rule: "label" };
      }
    }

    const people = refs.filter((r) => r.kind !== "side" || r.actorId);

    // Speech tag after the words: "…, Xi said." / "…," said Xi. / "…, he added" / "…, Xi said, and …".
    for (const ref of people) {
      const { start, end } = rel(ref);
      if (start === 0) continue;
      const before = text.slice(0, start);
      const after = text.slice(end);
      const precededBySeparator =
        /(?:[,;]|[”"’],?)\s*$/.test(before) && !/\b(?:that|which|who|as)\s*$/.test(before);
      if (precededBySeparator) {
        const tag = TAG_AFTER_SUBJECT.exec(after);
        const speaker = this.resolve(ref, principalByParty);
        if (tag && speaker) return { speaker, verb: tag[1], rule: "tag" };
      }
      const inverted = VERB_BEFORE_SUBJECT.exec(before);
      if (inverted && /^\s*(?:[.,;!]|$)/.test(after)) {
        const speaker = this.resolve(ref);
        if (speaker) return { speaker, verb: inverted[1], rule: "tag" };
      }
    }

    // "According to the Chinese president, …"
    const according = /^According to\s+/.exec(text);
    if (according) {
      const ref = people.find((r) => rel(r).start === according[0].length);
      const speaker = ref && this.resolve(ref);
      if (speaker) return { speaker, rule: "according-to" };
    }

    // "Noting that …, Putin said …": the speaker is the subject of the main clause.
    if (PARTICIPLE_OPENER.test(text)) {
      for (const ref of people) {
        const { start, end } = rel(ref);
        const verb = SAYING_AFTER_SUBJECT.exec(text.slice(end));
        if (verb && /,\s*$/.test(text.slice(0, start))) {
          const speaker = this.resolve(ref);
          if (speaker) return { speaker, verb: verb[1], rule: "participle" };
        }
      }
    }

    // Joint subjects: "The two sides …", "Among other matters, the two leaders …", "Xi and Putin …".
    // A joint subject after an opener that names someone ("Xi said that over the years, they …") is reported speech.
    const jointMatch = JOINT_SUBJECT.exec(text);
    const jointStart =
      jointMatch && !people.some((r) => r.kind !== "pronoun" && rel(r).start < jointMatch[0].length - 4)
        ? jointMatch
        : null;
    const pair = this.jointPair(text, people, principals, offset);
    if (jointStart || pair) {
      const rest = text.slice(jointStart ? jointStart[0].length : pair!);
      const verb = JOINT_VERBS.exec(rest);
      if (verb) return { speaker: "joint", verb: verb[0].toLowerCase(), rule: "joint" };
      return { speaker: "narrator", rule: "scene" };
    }

    // "Xi asserted:" only introduces the quotation that follows; it holds no position itself.
    if (/:\s*$/.test(text) && text.split(/\s+/).length <= 6)
      return { speaker: "narrator", rule: "narration" };

    // Subject followed by a verb of saying, anywhere in the main clause.
    for (const ref of people) {
      const { start, end } = rel(ref);
      const before = text.slice(0, start);
      if (/\b(?:that|which|who|whom|whose|when|as|if|because)\s+$/.test(before)) continue;
      const after = text.slice(end);
      const scene = SCENE_AFTER_SUBJECT.exec(after);
      if (scene && start <= 3) return { speaker: "narrator", rule: "scene" };
      const verb = SAYING_AFTER_SUBJECT.exec(after);
      if (!verb) continue;
      // "welcomed Putin" / "greeted the Secretary-General": a ceremony, not a position.
      const object = after.slice(verb.index + verb[0].length);
      if (
        /^(?:welcomed|welcomes|thanked)$/.test(verb[1]!) &&
        refs.some((r) => r !== ref && rel(r).start - end - verb[0].length <= 2 && rel(r).start > end) &&
        /^\s+(?:[A-Z]|the [A-Z])/.test(object) &&
        !/\bfor\b/.test(object.slice(0, 60))
      ) {
        return { speaker: "narrator", rule: "scene" };
      }
      const speaker = this.resolve(ref, principalByParty);
      if (speaker && !FUTURE_MARKERS.test(before.slice(-20)))
        return { speaker, verb: verb[1], rule: "subject" };
    }

    // Someone the readout does not know ("Zhu Feng, a professor at …, said"): reported by the publisher,
    // not a participant's position, and no longer the "he" of what follows.
    const outside = OUTSIDE_SPEAKER_FIRST.exec(text) ?? OUTSIDE_SPEAKER_TAG.exec(text);
    if (outside) {
      const at = outside.index + outside[0].indexOf(outside[1]!);
      const named = refs.some(
        (r) => r.kind !== "pronoun" && rel(r).start < at + outside[1]!.length && at < rel(r).end,
      );
      if (!named && !PARTY_NAME.test(outside[1]!)) {
        this.lastPerson = undefined;
        return { speaker: "narrator", rule: "narration" };
      }
    }

    // A principal doing something ("Xi Jinping accepted the invitation") takes a position by it;
    // anyone else opening a sentence with some other verb starts a new scene, not a continuation.
    const first = people[0];
    if (first && rel(first).start <= 3 && first.kind !== "side" && first.kind !== "pronoun") {
      const subject = this.resolve(first);
      if (subject && principals.has(subject)) return { speaker: subject, rule: "subject" };
      if (newParagraph) return { speaker: "narrator", rule: "scene" };
    }

    if (this.labelSpeaker && !newParagraph) return { speaker: this.labelSpeaker, rule: "label" };
    if (this.labelSpeaker && newParagraph && !LABEL.test(text))
      return { speaker: this.labelSpeaker, rule: "label" };

    if (!newParagraph) return { speaker: this.lastSpeaker, rule: "continuation" };
    if (this.lastSpeaker !== "narrator" && POSITION_MARKERS.test(text))
      return { speaker: this.lastSpeaker, rule: "continuation" };
    return { speaker: "narrator", rule: "narration" };
  }

  /** If two references to different principals are joined by "and" before a verb, the index after them. */
  private jointPair(
    text: string,
    refs: Reference[],
    principals: ReadonlySet<string>,
    offset: number,
  ): number | undefined {
    for (let i = 0; i + 1 < refs.length; i++) {
      const a = refs[i]!;
      const b = refs[i + 1]!;
      const idA = this.resolve(a);
      const idB = this.resolve(b);
      if (!idA || !idB || idA === idB) continue;
      if (!(principals.has(idA) || principals.has(idB))) continue;
      const between = text.slice(a.end - offset, b.start - offset);
      const lead = text.slice(0, a.start - offset);
      if (/^\s+and\s+$/.test(between) && (lead === "" || /^[A-Z][^,.;:]{0,80},\s+$/.test(lead)))
        return b.end - offset;
    }
    return undefined;
  }

  private remember({ sentence, refs }: AttributionInput, result: Attribution): void {
    const text = sentence.text;
    this.lastParagraph = sentence.paragraph;
    if (result.speaker !== "narrator" && result.speaker !== "joint") this.lastPerson = result.speaker;
    else {
      // A narrated sentence still moves "he" to the person it is about ("Xi asserted:").
      const subject = refs.find(
        (r) => r.kind !== "pronoun" && r.kind !== "side" && r.start - sentence.span[0] <= 3,
      );
      if (subject?.actorId) this.lastPerson = subject.actorId;
    }
    if (result.rule !== "label" && result.rule !== "continuation")
      this.labelSpeaker = result.rule === "narration" ? undefined : this.labelSpeaker;
    this.lastSpeaker = result.speaker;

    // Quotation state: a sentence ending in ":" after "X asserted" opens a quote for the next paragraph.
    const balance = countQuoteBalance(text);
    if (result.rule === "quote") {
      this.pendingQuote = undefined;
      const depth = (this.quote?.depth ?? 0) + balance;
      this.quote = depth > 0 ? { speaker: result.speaker, verb: result.verb, depth } : undefined;
    } else if (/:\s*$/.test(text)) {
      const subject = refs.find((r) => r.kind !== "side");
      const speaker = subject && this.resolve(subject);
      const verb = new RegExp(String.raw`(${verbAlternation})\s*:\s*$`).exec(text)?.[1];
      this.pendingQuote = speaker ? { speaker, verb } : undefined;
      this.quote = undefined;
    } else {
      this.pendingQuote = undefined;
      this.quote =
        balance > 0 && result.speaker !== "narrator"
          ? { speaker: result.speaker, verb: result.verb, depth: balance }
          : undefined;
    }
  }
}
