/**
 * English patterns for the leaders' programme and the publisher's expectations in press stories
 * ("The two leaders will have dinner by the lake", "are expected to work out a consensus", "no
 * agreement is likely to be signed"): narration, neither a joint act nor the last speaker's words.
 */
import { alternation } from "../../text-utils";
import { ENGLISH } from "./lexicon";

const ADVERBS = String.raw`(?:\s+(?:also|then|later|first|again|still|widely|not|now|only))*`;

/** "… are expected to …", "… was likely to …", "… is due to …" right after a subject. */
export const EXPECTED_AFTER_SUBJECT = new RegExp(
  String.raw`^,?${ADVERBS}\s+(?:is|are|was|were)${ADVERBS}\s+(?:expected|likely|unlikely|due|set|slated|scheduled|poised)\s+to\b`,
  "i",
);

/** The same as the main clause of a sentence whose subject is a thing ("However, no agreement is likely to be signed"). */
export const EXPECTED_CLAUSE = new RegExp(
  String.raw`^(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3},\s+)?(?:[\w'’-]+\s+){1,6}?(?:is|are|was|were)${ADVERBS}\s+(?:expected|likely|unlikely)\s+to\b`,
  "i",
);

const MEAL = String.raw`have\s+(?:(?:a|an|their|one-on-one|one-to-one|private|working|informal|state|official)\s+){0,2}(?:${alternation(ENGLISH.programmeMeals)})`;

/** "… will begin their day with …", "… will also attend …", "… are to have one-on-one dinner …". */
export const PROGRAMME_AFTER_SUBJECT = new RegExp(
  String.raw`^${ADVERBS}\s+(?:will|are to|are due to|are set to|are scheduled to|are expected to)${ADVERBS}\s+(?:${alternation(ENGLISH.programmeVerbs)}|${MEAL})\b`,
  "i",
);

/** A time of the programme after a modal ("… will resume their talks tomorrow at 10 a.m."): the schedule, not a pledge. */
export const PROGRAMME_TIME = new RegExp(
  String.raw`^${ADVERBS}\s+will\b[^,.;]{0,60}?\b(?:tomorrow|later (?:today|in the day|that day)|at \d{1,2}(?:[.:]\d\d)?\s*(?:a\.?\s?m|p\.?\s?m)\b|in the (?:morning|afternoon|evening))`,
  "i",
);

/** Talk verbs among the scene verbs: "The two leaders held talks and agreed …" is told by what they agreed. */
export const TALK_SCENE = /^(?:met|held|had|spoke|talked|joined)\b/i;

/**
 * An occasion's own programme ("The summit will close on Sunday with …", "The forum is due to open
 * on Monday", "The visit will end on Friday"): the publisher's schedule, though "will" marks a
 * position elsewhere. Only verbs of a schedule: "The visit will deepen trust" may be a speaker's.
 */
export const EVENT_PROGRAMME =
  /^(?:The|This|That|Next|Their)\s+(?:[\w'’-]+\s+){0,3}(?:summit|forum|conference|session|ceremony|expo|exhibition|games|festival|dialogue|visit|trip|tour)\s+(?:will|is to|is due to|is scheduled to|is expected to|is set to)\s+(?:also\s+)?(?:open|close|end|conclude|begin|start|run|last|continue|resume|take place|be held|wrap up)\b/;
