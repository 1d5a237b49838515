/**
 * Which days in a sentence date the meeting. A readout names other moments beside the meeting:
 * "Xi said that tomorrow the president will attend the forum's opening", "On Friday the two will
 * visit the port", "…, who arrived on Sunday". A day dates the meeting only when nothing stands
 * between it and the meeting verb it governs: no verb of saying (reported speech), no plan, no
 * clause about someone else. A day relative to the page ("today", "on Friday") counts only in the
 * meeting's own sentence or on a dateline or place line; a calendar date elsewhere counts unless
 * its clause is reported or planned.
 */
import { CHINA } from "../domain/schema";
import { isRelativeDay, type DayMatch } from "./calendar";
import { ANY_SAYING_VERB, OTHER_CLAUSE, PLAN_MARKERS } from "./language/en/speech-patterns";
import { ofEarlierOccasion } from "./meeting-standing";
import { ATTRIBUTION_OPENER, PAIR_OF_LEAD, PAIR_RESTATES } from "./language/en/meeting-patterns";
import { MEETING_RESTATED, REPORTED_DAY } from "./language/en/date-patterns";
import { AT_THIS_MEETING, happenedCue, REPORTING_BEFORE } from "./meetings";
import type { Sentence, Span } from "./types";

// Nouns that name the meeting in a sentence of shared context ("had a range of meetings … today").
const MEETING_NOUN = /\b(?:meetings?|talks|(?:phone |telephone |video )?(?:call|conversation)s?|summit)\b/i;

const reported = (words: string) => REPORTING_BEFORE.test(words) || REPORTED_DAY.test(words);
const anotherEvent = (words: string) =>
  PLAN_MARKERS.test(words) || reported(words) || OTHER_CLAUSE.test(words);

/**
 * The words between a day and its meeting verb without closed asides: a bracket ("(local time; 1:10
 * a.m. on September 10, Japan time)") or a relative clause between commas (", who arrived on
 * Wednesday,") leaves the day governing the verb.
 */
const withoutAsides = (words: string) =>
  words.replace(/\([^()]*\)/g, "").replace(/,\s*(?:who|whom|whose|which)\b[^,;]*,/gi, ",");

interface Cue {
  index: number;
  end: number;
}

/**
 * The clause around a day: from the last comma, colon or dash before it to the next comma after it.
 * A day opening the sentence ("On October 2, we will celebrate …") governs the clause after its comma.
 */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(...[",", ";", ":", "—", " -- "].map((mark) => text.lastIndexOf(mark, start)));
  const opener = /^\s*(?:on|in|by|from|until|since|at)?\s*$/i.test(text.slice(0, start)) && text[end] === ",";
  const rest = opener ? end + 1 : end;
  const next = text.slice(rest).search(/[,;]/);
  if (opener) return text.slice(0, start) + text.slice(end, next < 0 ? undefined : rest + next);
  return text.slice(from < 0 ? 0 : from, start) + text.slice(end, next < 0 ? undefined : end + next);
}

export interface DateScope {
  /** The meeting's own sentence and where its meeting verb stands in the text. */
  anchor: Sentence;
  cue: Span;
  /** Later sentences that anchor the same meeting again. */
  reanchors?: readonly Sentence[];
  /** Sentences before the first meeting, shared by all ("… had meetings with the leadership today"). */
  preamble?: readonly Sentence[];
  /** Sentences reporting this meeting of the two principals (see reportedCue). */
  reported?: readonly Sentence[];
  /** A lead whose words the anchor says were spoken at this meeting (see saidAtMeeting). */
  saidAt?: readonly Sentence[];
}

const REPORTING_ALL = new RegExp(REPORTING_BEFORE.source, "gi");

/**
 * "Vietnam's government said Chinh met Li on Wednesday in Jakarta": the meeting verb of the clause
 * after a sentence's last verb of saying, when that clause says a meeting happened (not "had met",
 * "would meet"). Where its clause names the meeting's two principals (facts-stage.ts), it is this
 * meeting said by another source, so its day is the meeting's like the anchor's.
 */
export function reportedCue(text: string): (Cue & { clause: number }) | undefined {
  const last = [...text.matchAll(REPORTING_ALL)].pop();
  if (!last) return undefined;
  const clause = last.index + last[0].length;
  const cue = happenedCue(text.slice(clause));
  return cue ? { index: clause + cue.index, end: clause + cue.index + cue[0].length, clause } : undefined;
}

const cueOf = (found: RegExpExecArray | null | undefined): Cue | undefined =>
  found ? { index: found.index, end: found.index + found[0].length } : undefined;

/** The meeting word a day in this sentence would govern, and whether a relative day may date the meeting. */
function meetingWordIn(sentence: Sentence, scope: DateScope | undefined): { cue?: Cue; relative: boolean } {
  const { text } = sentence;
  if (scope && sentence === scope.anchor)
    return {
      cue: { index: scope.cue[0] - sentence.span[0], end: scope.cue[1] - sentence.span[0] },
      relative: true,
    };
  if (scope?.reanchors?.includes(sentence)) return { cue: cueOf(happenedCue(text)), relative: true };
  // "The pair met for talks on Thursday at …": a sentence of this meeting that tells it again by its two.
  if (scope && PAIR_RESTATES.test(text)) {
    const again = cueOf(happenedCue(text));
    if (again) return { cue: again, relative: true };
  }
  // "The talks took place on Thursday at …": when the meeting was, told after its sentence.
  const restated = scope ? MEETING_RESTATED.exec(text) : null;
  if (restated) return { cue: cueOf(restated), relative: true };
  if (scope?.reported?.includes(sentence)) return { cue: reportedCue(text), relative: true };
  if (scope?.saidAt?.includes(sentence)) return { cue: cueOf(ANY_SAYING_VERB.exec(text)), relative: true };
  // A dateline or a place line ("Moscow, Tuesday") is the page's own statement of where and when.
  const metaLine = sentence.index < 0 || sentence.heading;
  const cue = cueOf(happenedCue(text));
  if (scope?.preamble?.includes(sentence)) {
    const word = cue ?? cueOf(MEETING_NOUN.exec(text));
    return { cue: word, relative: metaLine || word !== undefined };
  }
  return { cue, relative: metaLine };
}

// "… is on a 10-day official visit to China that started on Aug 12", "a tour beginning on Monday":
// the day a visit began, not the meeting's.
const VISIT_BEGAN =
  /\b(?:visit|trip|tour|stay)\b[^.;]{0,60}?\b(?:started|starts|began|begins|beginning|starting|kicked off|opened)\s+(?:on\s+)?$/i;

/** Whether `match`, found in `sentence`, is the day of the meeting (see above). */
export function datesMeeting(sentence: Sentence, match: DayMatch, scope: DateScope | undefined): boolean {
  const { text } = sentence;
  const start = match.index;
  const end = start + match.text.length;
  if (VISIT_BEGAN.test(text.slice(Math.max(0, start - 100), start))) return false;
  // "According to a statement posted … on Sunday, Wang met … on Saturday": the opener's day is the source's.
  if (ATTRIBUTION_OPENER.test(text.slice(0, start))) return false;
  const { cue, relative } = meetingWordIn(sentence, scope);
  if (isRelativeDay(match) && !relative) return false;
  // "since their last meeting in Colombo on August 12, 2024": the earlier occasion's day, never this one's.
  // Only the anchor's verb is surely this meeting's: a re-anchoring "When they met in …" may be another.
  const own = scope && sentence === scope.anchor && cue ? ([cue.index, cue.end] as const) : undefined;
  if (sentence.index >= 0 && ofEarlierOccasion(text, start, end, own)) return false;
  if (!cue) return sentence.index < 0 || sentence.heading || !anotherEvent(clauseAround(text, start, end));
  if (end <= cue.index) {
    const between = withoutAsides(text.slice(end, cue.index));
    // "On Monday, Xi said while meeting …", "…, Li said on Monday, as he opened talks": the words
    // reported were spoken at this meeting.
    const atThisMeeting = AT_THIS_MEETING.test(text.slice(0, cue.index).slice(-40));
    const before = text.slice(Math.max(0, text.lastIndexOf(",", start)), start);
    const other = (words: string) =>
      PLAN_MARKERS.test(words) || OTHER_CLAUSE.test(words) || (!atThisMeeting && reported(words));
    return !other(between) && !other(before);
  }
  return start < cue.end || !anotherEvent(withoutAsides(text.slice(cue.end, start)));
}

/**
 * A lead before the meeting's named sentence that tells the same meeting of the pair: "China and the
 * Netherlands pledged … as the heads of the governments of the two countries held a meeting via video
 * link on Tuesday", "The state visit continued on Monday with official talks between the two
 * delegations". Its day is the news's; the named sentence after it may tell an earlier occasion of
 * the same two ("Li had a video conference with Rutte on Jan 26") or a side event ("On Sunday
 * evening … met … for the gala dinner"), so the lead's day is read first.
 */
export function pairLead(sentence: Sentence): boolean {
  if (sentence.heading || sentence.index < 0) return false;
  const cue = happenedCue(sentence.text);
  if (!cue) return false;
  const around = sentence.text.slice(Math.max(0, cue.index - 80), cue.index + cue[0].length + 40);
  return PAIR_OF_LEAD.test(around);
}

// "Li made the remarks when meeting with …", "Xi urged … during a meeting here with …": the sentence
// says that words were spoken at the meeting.
const REMARKS_AT_MEETING =
  /\bmade (?:the|these|those|his|her|such) (?:remarks|comments)\b|\b(?:during|while|when|at|in)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:meeting|talks)\b/i;

/**
 * The lead of a wire story told by its words: "Premier Li said on Oct 10 that his country … . Li
 * made the remarks when meeting with B …", "Xi on Thursday called on … . Xi urged … during a meeting
 * here with B". The anchor has no day and says the words were spoken at the meeting, so the day of
 * the saying verb in the sentence just before it is the meeting's.
 */
export function saidAtMeeting(anchor: Sentence, before: Sentence | undefined): boolean {
  if (!before || before.heading || before.index < 0 || happenedCue(before.text)) return false;
  return REMARKS_AT_MEETING.test(anchor.text) && ANY_SAYING_VERB.test(before.text);
}

/**
 * Whether a sentence names a foreign person other than the meeting's counterpart, and not him: a
 * round-up's "Meeting with Kazakh President N on Sept 1" above "Meeting with Serbian President M on
 * Sept 2" dates N's meeting, not M's.
 */
export function namesOnlyAnother(
  sentence: Sentence,
  meeting: { chinese: string; foreign: string },
  within: (start: number, end: number) => readonly { actorId?: string }[],
  partyOf: (id: string) => string,
): boolean {
  const ids = within(...sentence.span).flatMap((r) => (r.actorId ? [r.actorId] : []));
  return !ids.includes(meeting.foreign) && ids.some((id) => id !== meeting.chinese && partyOf(id) !== CHINA);
}
