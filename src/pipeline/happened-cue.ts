/**
 * Whether a sentence says that a meeting happened: its meeting verb or noun (MEETING_CUE), unless
 * reported ("he said he had met …"), planned ("will meet") or an earlier occasion ("had met").
 * Read by the meetings stage for anchors and by the date and attribution rules.
 */
import { FUTURE_MARKERS } from "./language/en/speech-patterns";
import {
  AFTER_NOUN,
  AUDIENCE,
  BARE_CALLED,
  CALL_ON,
  CLOSING_MEETING,
  JOINT_PRESS_WITH,
  DATED_MEETING_WITH,
  DISCUSSED_WITH,
  EARLIER_AFTER,
  THEIR_MEETING,
  OWN_TALKS_REPORTED,
  TOLD_AT_MEETING,
} from "./language/en/meeting-patterns";
import { MEETING_PHRASES, PHRASE_VERBS } from "./language/en/meeting-phrases";
import { perReadout } from "./readout-memo";

// "held a telephone talk with" (singular) is how Japan's foreign ministry and Chinese embassies
// write a call, as others write "phone talks"; "X's tête-à-tête with President B" is how
// French-speaking governments' English pages name a meeting. A quoted meeting noun is still one:
// 'Li had a "brief conversation" with the US president'. The lexicon's phrasings come first: at
// the same place, "hosted … for talks" is the longer match than "hosted".
// "Xi addressed a virtual summit of BRICS leaders hosted by President B": the gathering is hosted,
// and no one met anyone by it (the gathering is no bilateral meeting).
// A lookbehind stands after its word ("hosted(?<!… hosted)", "speaking(?<=^\s*speaking)"): in
// front, it ran at every word boundary of every sentence, which made this cue ten times slower.
const HOSTED = String.raw`hosted(?<!\b(?:summit|forum|conference|session|gathering|congress|assembly)s?\b[^.;,]{0,60}?hosted)`;

export const MEETING_CUE = new RegExp(
  String.raw`\b(?:${MEETING_PHRASES}|${TOLD_AT_MEETING}|${THEIR_MEETING}|${DISCUSSED_WITH}|${CLOSING_MEETING}|${CALL_ON}|${BARE_CALLED}|${AUDIENCE}|${JOINT_PRESS_WITH}|${DATED_MEETING_WITH}|(?:while|when|after|on) meeting|met|meets|meet with|meeting["”]? with|meetings? between|talks["”]? with|talks between|talked (?:\w+ )?(?:with|to)|spoke (?:\w+ )?(?:with|to)|speaking(?<=^\s*speaking) (?:with|to)|(?:a|an|in|after|during) call with|conversation["”]? with|received|${HOSTED}|told visiting|held (?:[\w-]+ ){0,3}talks|(?:video|phone|telephone) (?:call|conversation|conference|link|talks?|meeting)s?|videoconference|video-link|spoke (?:by|over the|on the) (?:phone|telephone)|talked (?:by|over the|on the) (?:phone|telephone)|(?:tele)?phoned|held (?:an? )?(?:[\w-]+ ){0,2}(?:meeting|conversation|call|summit)|summit with|negotiations (?:with|between)|t[eê]te-[aà]-t[eê]te with)\b`,
  "i",
);

// "…, Xi said while meeting …", "… he said as he opened talks with …", "said … after meeting":
// the saying verb reports words spoken at this meeting, so the meeting itself is not reported.
export const AT_THIS_MEETING =
  /\b(?:while|as|when|after|during|in|at)\s+(?:(?:he|she|they|his|her|their|a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/i;

// Verbs that open a reported clause: a meeting verb after them is something someone said happened.
export const REPORTING_BEFORE =
  /\b(?:said|says|saying|recalled|recalling|noted|noting|told|telling|added|adding|mentioned|stressed|stressing|pointed out|pointing out|briefed|briefing|informed|informing|updated)\b/i;

// A cue opened by a verb that "had" makes pluperfect ("had met", "had sat down with").
const PERFECT_VERB = new RegExp(
  String.raw`^(?:met|held|talked|told|spoke|(?:tele)?phoned|called|discussed|rubbed|wrapped|concluded|started|began|opened|kicked|fronted|gave|addressed|${PHRASE_VERBS.join("|")})\b`,
  "i",
);

/**
 * "has met" in the lead of a news piece ("Prime Minister X has met with China's Premier Li for a
 * one-on-one discussion", the first sentence of the body) is the news of this meeting, unless the
 * clause says it is an earlier one ("… has met Li twice previously").
 */
function perfectIsNews(cue: RegExpExecArray, text: string, before: string, lead: boolean): boolean {
  // "have held talks", "have just held talks", "have wrapped up their summit": always this meeting.
  if (
    /^(?:held|wrapped|concluded|started|began|opened|kicked|fronted)/i.test(cue[0]) &&
    /\b(?:has|have)\s+(?:just\s+)?$/.test(before)
  )
    return true;
  return (
    lead &&
    /\b(?:has|have)\s+(?:(?:just|now)\s+)?$/.test(before) &&
    !EARLIER_AFTER.test(text.slice(cue.index + cue[0].length))
  );
}

/**
 * The words before a meeting cue in which a plan word makes the meeting planned. "… said that the
 * two sides would sign a pact soon, after a call with …": the reported clause's future-in-the-past
 * is not the call's. "Ding extended the invitation during a meeting with …": an invitation given at
 * the meeting is no plan of it; a modal still is ("will raise it during a meeting with …").
 */
function plannedBefore(before: string): string {
  const near = before.slice(-40);
  // "Li said that Chinese companies will invest more in Serbia, during a meeting with …": the modal
  // is the reported words'; the meeting, set off by its comma, is when they were said.
  const said = [...before.matchAll(new RegExp(REPORTING_BEFORE.source, "gi"))].pop();
  if (
    said &&
    /,\s*(?:during|at|in|while|when)\s+(?:(?:a|an|the|his|her|their)\s+)?$/i.test(before) &&
    !FUTURE_MARKERS.test(before.slice(0, said.index).slice(-40))
  )
    return "";
  if (AFTER_NOUN.test(before)) return near.replace(/\bwould\b/gi, "");
  if (/\b(?:during|at|in)\s+(?:a|an|the|his|her|their)\s+$/i.test(before))
    return near.replace(/\b(?:invited|invitation)\b/gi, "");
  return near;
}

// "The next likely opportunity for A to hold talks with B is …": a meeting that may come. Read over
// the whole clause, since the subject between the opportunity and the verb may be long.
const NEXT_OPPORTUNITY =
  /\bnext\s+(?:\w+\s+)?(?:opportunity|chance)\s+(?:for\s+[^.;,]{1,80}?\s+)?to\s+(?:\w+\s+)?$/i;

// "According to the briefing by the White House, A and B had a call …": the opener names the
// source of the main clause, whose meeting it does not report.
const SOURCE_OPENER = /^\s*According to [^,;:]*,/i;

/**
 * The meeting verb of a sentence that says a meeting happened: none when the verb is reported ("…
 * he said he had met …" is another occasion), planned ("will meet") or in the perfect ("had met";
 * "has met" only in the lead: see perfectIsNews).
 */
export function happenedCue(text: string, lead = false): RegExpExecArray | undefined {
  return (lead ? happenedInLead : happened)(text);
}

// The same sentence is asked about by several stages; the answer depends on its text alone.
const happened = perReadout((text) => happenedCueOf(text, false));
const happenedInLead = perReadout((text) => happenedCueOf(text, true));

function happenedCueOf(text: string, lead: boolean): RegExpExecArray | undefined {
  const cue = MEETING_CUE.exec(text);
  if (!cue) return undefined;
  const before = text.slice(0, cue.index);
  if (
    (REPORTING_BEFORE.test(before.replace(SOURCE_OPENER, "")) &&
      !AT_THIS_MEETING.test(before.slice(-40)) &&
      !OWN_TALKS_REPORTED.test(before) &&
      !/^(?:while|when|after|on)\b/i.test(cue[0])) ||
    FUTURE_MARKERS.test(plannedBefore(before)) ||
    NEXT_OPPORTUNITY.test(before) ||
    // "had met" is an earlier occasion; "have held talks" is news of this one.
    (PERFECT_VERB.test(cue[0]) &&
      /\b(?:had|has|have)\s+(?:\w+\s+)?$/.test(before) &&
      !perfectIsNews(cue, text, before, lead)) ||
    // "Xi and Bell last met in 2017": background, not this meeting; "during his first meeting with
    // Scholz" (a wire lead) is this one, an earlier first meeting being dated ("… in 2014").
    /\b(?:last|previously|once|never)\s+$|(?<!\b(?:his|her|their)\s+)\bfirst\s+$/i.test(before) ||
    /^[^,.;]{0,40}?\b(?:in|since|back in)\s+(?:19|20)\d{2}\s*(?:[.,;]|$)/.test(
      text.slice(cue.index + cue[0].length),
    )
  ) {
    return undefined;
  }
  return cue;
}
