/**
 * Meetings that wire copy says without a meeting verb. "Chinese President Xi Jinping and visiting
 * Chilean President Ana Bell on Tuesday agreed to …": a Chinese and a foreign person as the joint
 * subject of a verb of agreement or exchange. "In talks on Monday, Xi told …": an opener naming the
 * talks or call governs the sentence. Background and plans are no meeting ("Xi and Bell last met
 * in 2017", "… will sign …", "… had agreed …"), nor is an exchange of messages.
 */
import type { Reference } from "./references";
import { FUTURE_MARKERS } from "./language/en/speech-patterns";
import { EARLIER_AFTER } from "./language/en/meeting-patterns";

const JOINT_VERB =
  /\b(?:agreed|pledged|vowed|exchanged (?:(?:in-depth|candid|frank|extensive|important|wide-ranging|thorough|useful|constructive) )?(?:views|opinions)|reaffirmed|signed|witnessed|discussed|jointly (?:announced|signed|issued|called for)|issued a joint (?:statement|declaration))\b/i;

// A plan, a perfect, a habit or an earlier time before the verb: not what happened at this meeting.
const NOT_THIS_TIME = /\b(?:will|would|shall|to|had|have|has|last|previously|once|never|earlier|often)\s+$/i;
const REPORTED = /\b(?:said|says|saying|told|recalled|recalling|noted|added|according to)\b/i;

/** "In talks on Monday, …", "During their telephone conversation, …": an opener naming the meeting. */
export const MEETING_OPENER =
  /^(?:In|During|At)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|phone call|(?:tele)?phone conversation|telephone call|video (?:call|conference|link|meeting)|videoconference|virtual meeting)\b/;

/** The span of the verb whose joint subject is a Chinese and a foreign person, relative to the sentence. */
export function jointSubjectCue(
  text: string,
  offset: number,
  chinese: Reference,
  foreign: Reference,
  /** The first sentence of the body, where "X and Y have exchanged views" is the news. */
  lead = false,
): { index: number; text: string } | undefined {
  const verb = JOINT_VERB.exec(text);
  if (!verb) return undefined;
  const before = text.slice(0, verb.index);
  const news =
    lead &&
    /\b(?:has|have)\s+(?:just\s+)?$/i.test(before) &&
    !EARLIER_AFTER.test(text.slice(verb.index + verb[0].length));
  if ((NOT_THIS_TIME.test(before) && !news) || REPORTED.test(before) || FUTURE_MARKERS.test(before))
    return undefined;
  const [first, second] = [chinese, foreign].sort((a, b) => a.start - b.start) as [Reference, Reference];
  // Both stand in the subject, joined by "and", and the subject ends soon after the second.
  if (second.end - offset > verb.index) return undefined;
  const joined = text.slice(first.end - offset, second.start - offset);
  if (!/\band\b/.test(joined) || /[;.]/.test(joined)) return undefined;
  if (verb.index - (second.end - offset) > 40) return undefined;
  return { index: verb.index, text: verb[0] };
}
