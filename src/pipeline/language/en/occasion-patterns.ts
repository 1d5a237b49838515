/**
 * English patterns for another occasion than the meeting told ("In March, X invited …", "Spain's
 * economy minister said earlier this month …"): what someone not at the table did or said then is
 * the publisher's background, not a side's words in this meeting.
 */
import { TIME_PHRASE } from "./speech-patterns";

const COUNT = String.raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)`;

/** A sentence opening on another time: "In March, …", "Last year, …", "Two weeks ago, …". */
export const OTHER_OCCASION_OPENER = new RegExp(
  String.raw`^(?:${TIME_PHRASE}|${COUNT} (?:days?|weeks?|months?|years?) ago),\s+`,
  "i",
);

/** "… said earlier this month that …", "… told reporters last week …": a verb of saying on another day. */
// Wire copy also puts the time between the subject and the verb: "Biden this month expressed
// disappointment that …", "the minister last week warned …"; there "this month" is another day too.
const REPORTED = String.raw`(?:said|told|stated|announced|noted|invited|predicted|forecast)`;
const SAYING_BEFORE_TIME = String.raw`(?:${REPORTED}|expressed|warned|urged|critici[sz]ed|complained|accused)`;
const TIME_BEFORE = String.raw`(?:(?:earlier|later) (?:this|that|last) (?:year|month|week)|last (?:year|month|week))`;
const TIME_AFTER = String.raw`(?:${TIME_BEFORE}|this (?:month|year))`;
export const SAID_ON_OTHER_OCCASION = new RegExp(
  String.raw`^\S[^,;:"“”]{0,60}?\s(?:${REPORTED}(?:\s+(?:reporters|journalists|the press|parliament))?\s+${TIME_BEFORE}\b|${TIME_AFTER}\s+${SAYING_BEFORE_TIME}\b)`,
  "i",
);

/**
 * The publisher setting what was said in its time ("The remarks come amid rising tensions …", "Xi's
 * comments came days after …", "His statement came as …", "The comments followed …"): the context of the
 * words, not more of them. Only words as the subject: "This visit comes at a time when …" may be a
 * speaker's own.
 */
export const WORDS_IN_THEIR_TIME =
  /^(?:The|These|Those|His|Her|Their|This|That|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s)\s+(?:[\w-]+\s+){0,2}(?:remarks|comments|words|statement|statements|message|warning|pledge|assurances?)\s+(?:come|comes|came|follow|follows|followed|were made|was made)\s+(?:amid|as|after|before|against|at a time|in the wake|just|only|shortly|less than|more than|a day|a week|days|weeks|months|hours|on the heels|ahead of|following|during a)\b/u;
