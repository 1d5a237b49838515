/**
 * The lexicon's meeting phrasings (lexicon.json meetingPhrases) as regular-expression sources: a
 * wire's new way of telling a meeting ("had a second telephonic conversation", "talks were held
 * between", "told B in a call on Tuesday") is one entry there, read by the meeting cue
 * (happened-cue.ts) and, for a call or a video meeting, by the format (facts.ts).
 */
import { ENGLISH } from "./lexicon";
import { escapeRegExp } from "../../text-utils";

const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)`;
// '…' stands for one to six words of the clause (a name, "his Ghanaian counterpart"), never across
// a sentence's end or a semicolon.

function alternatives(body: string): string {
  return body
    .split("|")
    .map((option) =>
      option
        .split(" ")
        .map(escapeRegExp)
        .join(String.raw`\s+`),
    )
    .join("|");
}

/** One phrase of the notation as a regular-expression source (no flags, no word boundaries). */
export function phraseSource(phrase: string): string {
  const tokens = phrase.match(/\[[^\]]*\]|\([^)]*\)|\S+/g) ?? [];
  if (tokens.length === 0 || /^(?:\[|…)/.test(tokens[0]!)) {
    throw new Error(`lexicon.json meetingPhrases: "${phrase}" must start with a word`);
  }
  return tokens
    .map((token, i) => {
      const space = i === 0 ? "" : String.raw`\s+`;
      if (token === "…") return String.raw`\s+(?:[^\s.;:!?]+\s+){0,5}?[^\s.;:!?]+`;
      if (token === "<day>") return space + DAY;
      if (token.startsWith("[")) return `(?:${space}(?:${alternatives(token.slice(1, -1))}))?`;
      if (token.startsWith("(")) return `${space}(?:${alternatives(token.slice(1, -1))})`;
      return space + escapeRegExp(token);
    })
    .join("");
}

function union(phrases: readonly string[]): string {
  return phrases.map(phraseSource).join("|");
}

const { inPerson, phone, video } = ENGLISH.meetingPhrases;

/** Every phrasing of a meeting, as one alternation (a source for MEETING_CUE). */
export const MEETING_PHRASES = union([...inPerson, ...phone, ...video]);
/** The phrasings of a call (a source for the phone format). */
export const PHONE_PHRASES = union(phone);
/** The phrasings of a video meeting (a source for the video format). */
export const VIDEO_PHRASES = union(video);

/**
 * The past-tense verbs that open a phrasing ("sat down with", "conferred with", "hosted … for
 * talks"): after "had" they tell an earlier occasion, as "had met" does (happened-cue.ts). A
 * phrasing opened by a noun or a preposition ("telephonic talks", "in a call on …") has none: "had
 * telephonic talks" is this meeting.
 */
export const PHRASE_VERBS = [
  ...new Set(
    [...inPerson, ...phone, ...video]
      .flatMap((phrase) =>
        phrase
          .split(" ")[0]!
          .replace(/^\(|\)$/g, "")
          .split("|"),
      )
      .filter((word) => /^[a-z]+ed$|^sat$/.test(word)),
  ),
];

/** The words of a video meeting's format (facts.ts), with the lexicon's phrasings. */
export const VIDEO = new RegExp(
  String.raw`\b(?:${VIDEO_PHRASES}|via video(?: link)?|by video(?: link)?|video (?:link|call|conference|meeting|talks|summit)|videoconference|video-link|virtual(?:ly| meeting| talks| summit)?|online (?:talks|meeting))\b`,
  "i",
);
/** The words of a call's format (facts.ts), with the lexicon's phrasings. */
export const PHONE = new RegExp(
  String.raw`\b(?:${PHONE_PHRASES}|(?:for|on|during|after) the call|(?:a|an|in|after|during) call with|phone call|(?:tele)?phone (?:calls?|conversations?|talks?)|(?:by|over the|on the) (?:tele)?phone|phone conversation|(?:tele)?phoned|spoke by phone|talked by phone)\b`,
  "i",
);
