/**
 * Stage 3, meetings: finds each meeting a readout describes and assigns every sentence to one.
 * A meeting starts at an "anchor": a sentence with a meeting verb (met, held talks, video call,
 * phone call …) naming a Chinese person and a foreign person, that is not reported speech ("he
 * said he had met …") nor a plan ("will meet next month"). A later anchor for the same pair is the
 * same meeting. Sentences before the first anchor are context shared by every meeting.
 */
import type { IntroducedPerson } from "./actors/types";
import type { Reference } from "./references";
import {
  ANAPHORIC_PAIR,
  ATTENDED_HIS_BEFORE,
  DELEGATION_MET,
  IN_PASSING_OPENER,
  THEIR_MEETING,
} from "./language/en/meeting-patterns";
import { happenedCue, MEETING_CUE } from "./happened-cue";
import { cueStanding } from "./meeting-standing";
import type { Sentence, Span } from "./types";
import { jointSubjectCue, MEETING_OPENER } from "./joint-anchor";
import { withFirstPerson } from "./first-person";
import { withPronounSubject } from "./pronoun-subject";
import { roundUpAnchor } from "./round-up";
import { reportedAnchor } from "./reported-anchor";
import { anchorPeople } from "./anchor-people";
import { separateForeigners } from "./separate-meetings";

export { AT_THIS_MEETING, happenedCue, MEETING_CUE, REPORTING_BEFORE } from "./happened-cue";

export interface SentenceRefs {
  sentence: Sentence;
  refs: Reference[];
}

export interface MeetingDraft {
  chinese: string;
  foreign: string;
  anchor: Sentence;
  /**
   * Other sentences that say the same meeting: a later anchor (a summary line, then the body's own),
   * or the neighbour naming the two people of "They held talks …".
   */
  reanchors?: Sentence[];
  /** Where the anchor's meeting verb stands, for format provenance. */
  cue: Span;
  sentences: SentenceRefs[];
  /** Set when only the page title names the meeting (a transcript page): its format words are read there. */
  title?: string;
  /** A remarks page of one speaker ("Remarks by President M following the meeting with …"): every turn is theirs. */
  speaker?: string;
  /** Set when no rule anchored the meeting and the fallback inferred it (inferred-meeting.ts): why, for its provenance. */
  inferred?: string;
}

export interface MeetingSplit {
  meetings: MeetingDraft[];
  /** Sentences before the first anchor: shared context (place, date) for every meeting. */
  preamble: SentenceRefs[];
}

export interface AnchorPair {
  chinese: string;
  foreign: string;
  cue: Span;
  /** A relative clause about a person ("X, who met Xi on Sunday, …"): an anchor only when nothing else is. */
  aside?: boolean;
  /** "… met with A and B respectively": the other foreign leaders, each a meeting of their own (separate-meetings.ts). */
  also?: string[];
}

/**
 * The Chinese and the foreign person an anchor sentence names, or undefined when it is no anchor
 * (also when its meeting is another occasion told as background: see meeting-standing.ts).
 */
export function anchorPair(
  item: SentenceRefs,
  introduced: readonly IntroducedPerson[],
  /** The references to read the two sides from (the sentence's own by default). */
  refs: readonly Reference[] = item.refs,
  /** Also without a meeting verb (a joint subject, an opener naming the talks): when no sentence has one. */
  loose = false,
  /** The first sentence of the body, where "has met" is the news (see happenedCue). */
  lead = false,
): AnchorPair | undefined {
  const { sentence } = item;
  if (sentence.heading) return undefined;
  const verb = happenedCue(sentence.text, lead);
  const standing = verb ? cueStanding(sentence.text, verb.index, verb[0].length) : "main";
  if (standing === "background") return undefined;
  // Companions attending a principal's meeting ("… attended his meeting with Xi"): an attendance sentence.
  if (verb && ATTENDED_HIS_BEFORE.test(sentence.text.slice(0, verb.index))) return undefined;
  const opener = verb || !loose ? undefined : MEETING_OPENER.exec(sentence.text);
  const { chinese, foreign } = anchorPeople(refs, sentence, verb, introduced);
  if (!chinese || !foreign) return undefined;
  // Wire copy without a meeting verb: "Xi and visiting President Bell on Tuesday agreed …".
  const cue =
    verb ??
    opener ??
    (!loose || MEETING_CUE.test(sentence.text)
      ? undefined
      : jointSubjectCue(sentence.text, sentence.span[0], chinese, foreign, lead));
  if (!cue) return undefined;
  const start = sentence.span[0] + cue.index;
  const length = (Array.isArray(cue) ? cue[0] : cue.text).length;
  const pair: AnchorPair = {
    chinese: chinese.actorId!,
    foreign: foreign.actorId!,
    cue: [start, start + length],
  };
  if (standing === "aside") pair.aside = true;
  const also = separateForeigners(sentence, refs, start, pair.foreign, introduced);
  if (also.length > 0) pair.also = also;
  return pair;
}

/**
 * "The 23rd EU-China summit took place today by video conference. The EU was represented by …
 * China was represented by …": when no sentence names both sides, the first sentence with a meeting
 * verb whose paragraph names a Chinese and a foreign person anchors the meeting. A meeting verb
 * whose people are only "they" or "the two leaders" ("The meeting between the two men in Beijing
 * on Thursday …" before "X called on Xi …", "This was disclosed during their meeting …") also reads
 * the sentences on either side of it.
 */
const THEIR = new RegExp(THEIR_MEETING, "i");

function paragraphAnchor(items: SentenceRefs[], introduced: readonly IntroducedPerson[]) {
  for (const [at, item] of items.entries()) {
    if (item.sentence.heading || !MEETING_CUE.test(item.sentence.text)) continue;
    const near =
      ANAPHORIC_PAIR.test(item.sentence.text) ||
      DELEGATION_MET.test(item.sentence.text) ||
      THEIR.test(item.sentence.text)
        ? [items[at - 1], items[at + 1]].filter(
            (i): i is SentenceRefs => i !== undefined && !i.sentence.heading,
          )
        : [];
    const refs = items
      .filter((i) => i.sentence.paragraph === item.sentence.paragraph || near.includes(i))
      .flatMap((i) => i.refs);
    const pair = anchorPair(item, introduced, refs, false, at === 0);
    if (!pair || pair.aside) continue;
    // The neighbour that names the two ("Li and Gillard yesterday agreed …") says the meeting too.
    const naming = near.filter((i) =>
      i.refs.some((r) => r.actorId === pair.chinese || r.actorId === pair.foreign),
    );
    return { item, pair, naming: naming.map((i) => i.sentence) };
  }
  return undefined;
}

export function splitMeetings(
  items: SentenceRefs[],
  introduced: readonly IntroducedPerson[],
  /** A meeting only the page title names (see title-anchor.ts), used when no sentence anchors one. */
  fromTitle?: (items: SentenceRefs[]) => MeetingDraft | undefined,
): MeetingSplit {
  const meetings: MeetingDraft[] = [];
  const preamble: SentenceRefs[] = [];
  let current: MeetingDraft | undefined;
  // Each sentence is read for an anchor once; the loop below reuses the answers. An aside ("X, who
  // met Xi on Sunday, …") anchors only when no sentence, paragraph, neighbour or joint subject says
  // the meeting.
  // items hold the body's sentences only (no headings): the first is the lead. In a transcript, "I"
  // is the label's speaker ("President Xi and I have just held talks").
  // "He made the remarks during a meeting with B": "He" is the Chinese subject of the sentence before.
  const spoken = withPronounSubject(items, withFirstPerson(items, introduced), introduced);
  // A round-up's "Li told Aland's Prime Minister A that …" names the meeting too (round-up.ts).
  const found = items.map(
    (item, i) =>
      anchorPair(item, introduced, spoken[i], false, i === 0) ??
      leadAfterDeck(items, i, introduced, spoken[i]!) ??
      roundUpAnchor(items, i, introduced, spoken[i]),
  );
  const notAside = (pair: AnchorPair | undefined) => (pair?.aside ? undefined : pair);
  let pairs = found.map(notAside);
  let hasAnchor = pairs.some((pair) => pair !== undefined);
  // A briefing's "Wang Yi said that President Xi held a meeting with B …" (reported-anchor.ts).
  const reported = hasAnchor ? [] : items.map((item) => reportedAnchor(item, introduced));
  if (reported.some((pair) => pair !== undefined)) [pairs, hasAnchor] = [reported, true];
  const fallback = hasAnchor ? undefined : paragraphAnchor(items, introduced);
  // Wire copy that never uses a meeting verb: its joint subjects and openers anchor the meeting.
  if (!hasAnchor && !fallback) {
    pairs = items.map((item, i) =>
      found[i]?.aside ? undefined : anchorPair(item, introduced, item.refs, true, i === 0),
    );
    // Only then an aside.
    if (!pairs.some((pair) => pair !== undefined)) pairs = found;
    hasAnchor = pairs.some((pair) => pair !== undefined);
  }
  // A transcript titled as a meeting ("Meeting With Chinese President X", its guest in the header)
  // whose only anchors are the speaker's own recollections ("I had a good meeting with President
  // B at the … conference"): the title says whose meeting the page is.
  const recalled = !fallback && pairs.every((pair, i) => !pair || onlyInFirstPerson(pair, items[i]!));
  const titled = (hasAnchor && !recalled) || fallback ? undefined : fromTitle?.(items);
  const recalledTitle =
    titled && hasAnchor && !pairs.some((p) => p?.chinese === titled.chinese && p.foreign === titled.foreign);
  if (titled && (!hasAnchor || recalledTitle)) {
    const at = items.findIndex((item) => item.sentence === titled.anchor);
    titled.sentences.push(...items.slice(at));
    return { meetings: [titled], preamble: items.slice(0, at) };
  }
  for (const [i, item] of items.entries()) {
    const pair = fallback ? (item === fallback.item ? fallback.pair : undefined) : pairs[i];
    if (pair) {
      const same = meetings.find((m) => m.chinese === pair.chinese && m.foreign === pair.foreign);
      if (same) {
        current = same;
        if (item.sentence !== same.anchor) (same.reanchors ??= []).push(item.sentence);
      } else {
        current = {
          chinese: pair.chinese,
          foreign: pair.foreign,
          cue: pair.cue,
          anchor: item.sentence,
          sentences: [],
        };
        if (item === fallback?.item && fallback.naming.length > 0) current.reanchors = [...fallback.naming];
        meetings.push(current);
        // The sentence's other separate meetings share its anchor; its words stay with the first.
        for (const foreign of pair.also ?? []) {
          if (meetings.some((m) => m.chinese === pair.chinese && m.foreign === foreign)) continue;
          meetings.push({
            chinese: pair.chinese,
            foreign,
            cue: pair.cue,
            anchor: item.sentence,
            sentences: [],
          });
        }
      }
    }
    // "… an audience with the Queen and a meeting with F. Wang told F that …": the words of the
    // sentence's other meeting (separate-meetings.ts) go to it, by the one they name.
    const named = (id: string) => item.refs.some((r) => r.actorId === id);
    const sibling =
      !pair && current && !named(current.foreign)
        ? meetings.find((m) => m !== current && m.anchor === current!.anchor && named(m.foreign))
        : undefined;
    if (sibling) current = sibling;
    if (current) current.sentences.push(item);
    else preamble.push(item);
  }
  return { meetings: withoutPassingMentions(meetings), preamble };
}

/** An anchor whose Chinese or foreign person the sentence names only as "I" (see first-person.ts). */
function onlyInFirstPerson(pair: AnchorPair, item: SentenceRefs): boolean {
  const named = (id: string) => item.refs.some((r) => r.actorId === id);
  return !named(pair.chinese) || !named(pair.foreign);
}

/**
 * A web page's standfirst and photo caption often stand before the wire lead: "In their first
 * meeting, Xi tells Prime Minister B that …", "Xi and B praised each other's …", then "B has met
 * Xi on the sidelines of …". That lead's perfect is still the news (see happenedCue) when it opens
 * one of the first paragraphs and every sentence before it names one of its two and no one else.
 */
function leadAfterDeck(
  items: readonly SentenceRefs[],
  at: number,
  introduced: readonly IntroducedPerson[],
  refs: readonly Reference[],
): AnchorPair | undefined {
  const item = items[at]!;
  if (at === 0 || at > 3 || items[at - 1]!.sentence.paragraph === item.sentence.paragraph) return undefined;
  const pair = anchorPair(item, introduced, refs, false, true);
  if (!pair) return undefined;
  const ours = (r: Reference) => r.actorId === pair.chinese || r.actorId === pair.foreign;
  const deck = items
    .slice(0, at)
    .every((i) => i.refs.some(ours) && i.refs.every((r) => !r.actorId || ours(r)));
  return deck ? pair : undefined;
}

/**
 * "Also on Monday, Vice Premier H met with Princess A." after the readout's own meeting with her: the
 * guest's other meeting told in one sentence, in passing, is no meeting of this readout; its
 * sentence stays narration of the meeting before it.
 */
function withoutPassingMentions(meetings: MeetingDraft[]): MeetingDraft[] {
  const kept: MeetingDraft[] = [];
  for (const meeting of meetings) {
    const before = kept[kept.length - 1];
    const passing =
      before &&
      meeting.sentences.length === 1 &&
      !meeting.reanchors &&
      kept.some((m) => m.foreign === meeting.foreign && m.chinese !== meeting.chinese) &&
      IN_PASSING_OPENER.test(meeting.anchor.text);
    if (passing) before.sentences.push(...meeting.sentences);
    else kept.push(meeting);
  }
  return kept;
}
