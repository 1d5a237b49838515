/**
 * Word lists for speaker attribution, kept apart from the rules that use them so they can grow
 * with new publishers' house styles without touching the logic.
 */

/** Verbs (and verb phrases) that introduce what someone said or the position they took. */
export const SAYING_VERBS = [
  "said",
  "says",
  "stressed",
  "stresses",
  "noted",
  "notes",
  "pointed out",
  "points out",
  "emphasized",
  "emphasised",
  "emphasizes",
  "underlined",
  "underscored",
  "highlighted",
  "expressed",
  "expresses",
  "stated",
  "states",
  "added",
  "adds",
  "told",
  "tells",
  "urged",
  "urges",
  "called on",
  "called for",
  "calls on",
  "calls for",
  "asked",
  "requested",
  "invited",
  "hoped",
  "hopes",
  "welcomed",
  "welcomes",
  "thanked",
  "thanks",
  "commended",
  "commends",
  "praised",
  "praises",
  "lauded",
  "appreciated",
  "congratulated",
  "reiterated",
  "reiterates",
  "reaffirmed",
  "affirmed",
  "vowed",
  "vows",
  "pledged",
  "promised",
  "proposed",
  "proposes",
  "suggested",
  "agreed",
  "declared",
  "asserted",
  "insisted",
  "warned",
  "explained",
  "elaborated on",
  "elaborated",
  "briefed",
  "introduced",
  "shared",
  "recalled",
  "mentioned",
  "observed",
  "remarked",
  "believed",
  "believes",
  "encouraged",
  "extended",
  "conveyed",
  "voiced",
  "spoke highly of",
  "speaks highly of",
  "acknowledged",
  "recognized",
  "recognised",
  "maintained",
  "argued",
  "described",
  "announced",
  "assured",
  "condemned",
  "regretted",
  "wished",
  "raised",
  "accepted",
  "answered",
  "replied",
  "responded",
  "indicated",
  "confirmed",
  "reported",
  "outlined",
  "put forward",
  "set out",
  "made clear",
  "made it clear",
  "expressed the hope",
  "expressed his hope",
  "expressed her hope",
];

/** Physical or ceremonial actions: a sentence whose subject only does these is scene-setting narration. */
export const SCENE_VERBS = [
  "walked",
  "strolled",
  "admired",
  "enjoyed",
  "toured",
  "visited",
  "posed",
  "sat",
  "arrived",
  "left",
  "shook hands",
  "bade farewell",
  "bid farewell",
  "greeted",
  "received",
  "hosted",
  "accompanied",
  "attended",
  "watched",
  "viewed",
  "planted",
  "inspected",
  "boarded",
  "landed",
  "departed",
  "held a welcoming ceremony",
  "held a welcome ceremony",
  "met",
  "held talks",
  "held a video",
  "held a phone",
  "had",
  "spoke",
  "talked",
  "held",
  "joined",
  "hosted",
];

/** Verbs that make a joint subject ("the two sides") a joint statement rather than scene-setting. */
export const JOINT_VERBS =
  /\b(?:exchanged|exchange|discussed|discuss|agreed|agree|concurred|confirmed|shared the view|reviewed|signed|witnessed|reached|jointly|need to|needs to|should|will|would|must|called for|expressed|stressed|emphasized|emphasised|reaffirmed|reiterated|had (?:an? )?(?:[\w-]+ )*(?:exchanges?|talks|discussions?|conversation)|spoke highly|welcomed|noted|pledged|vowed|looked forward)\b/i;

/** Adverbs and short adverbials that may stand between a subject and its verb of saying. */
export const ADVERBIAL = String.raw`(?:\s+(?:also|further|then|again|once again|firmly|particularly|especially|in particular|highly|fully|warmly|sincerely|repeatedly|briefly|separately|first|finally|specifically|later|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on [A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?|in (?:his|her) (?:speech|remarks|address|turn)))*`;

/** Subjects that speak for both sides. */
export const JOINT_SUBJECT =
  /^(?:\(\d+\)\s*|\d+\.\s+)?(?:(?:[A-Z][^,.;:]{0,80}),\s+)?(?:[Tt]he two(?:\s+(?:sides|leaders|heads of state|presidents|parties|countries|delegations|ministers|men|governments))?|[Tt]he (?:sides|leaders|heads of state|presidents|parties|delegations)|[Bb]oth (?:sides|leaders|heads of state|presidents|parties|countries)|They|they)\b/;

/** Participial openers after which the main clause names the speaker ("Noting that …, Putin said …"). */
export const PARTICIPLE_OPENER =
  /^(?:Noting|Stressing|Pointing out|Emphasizing|Emphasising|Saying|Recalling|Expressing|Adding|Underlining|Highlighting|Welcoming|Referring to|Speaking of|Turning to|Commenting on)\b/;

/** Words that mark a paragraph as someone's position rather than scene-setting. */
export const POSITION_MARKERS =
  /\b(?:we|our|us|I|my|should|must|need to|needs to|ready to|willing to|will|would|hopes?|stands? ready|is committed|are committed|supports?|opposes?|believes?|the two (?:sides|countries|peoples)|cooperation|relations|position|stance)\b/;

/** Intentions and plans: a meeting-like verb after these is not a meeting that happened. */
export const FUTURE_MARKERS =
  /\b(?:will|would|shall|plans? to|planned to|intends? to|is to|are to|expected to|scheduled to|looks? forward to|to be held|upcoming|next (?:week|month|year)|invited|invitation)\b/i;

/** A speaker the readout does not know (an analyst, a spokesperson of another event): a capitalised name, an optional appositive, a verb of saying. */
export const OUTSIDE_SPEAKER_FIRST =
  /^([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3})(?:,\s[^,]{3,120},)?\s+(?:said|says|told|added|noted|argued|wrote|commented|observed)\b/u;
/** The same as a tag after a quotation: …," Zhu said. */
export const OUTSIDE_SPEAKER_TAG =
  /[,”"]\s*([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})\s+(?:said|says|told|added|noted)\b[^"“”]{0,80}$/u;
