/**
 * The meetings stage's last resort, for a text no rule anchors (an excerpt whose lede was cut off,
 * a headline alone saying the meeting, a caption's "holds talks", a minister's first-person page):
 * the best-supported pair of a Chinese leader and a foreign principal the text names, when the
 * headline, captions and sentences around them show a meeting (lexicon meetingEvidence) that is not
 * planned, another occasion, a letter or a briefing (notMeetingEvidence). Each piece of evidence
 * scores; the pair is taken only when its score clears THRESHOLD, and the draft carries a note that
 * the meeting was inferred (its provenance, ADR 014/015).
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, nameOfActor, partyOfActor } from "./actors/dataset-actors";
import { findActorMentions } from "./actors/mentions";
import { recentMeetingCaption } from "./caption-facts";
import type { IntroducedPerson } from "./actors/types";
import { partyById, personById } from "./gazetteer";
import { ENGLISH } from "./language/en/lexicon";
import { PAIR_OF_LEAD } from "./language/en/meeting-patterns";
import { FUTURE_MARKERS } from "./language/en/speech-patterns";
import type { MeetingDraft, SentenceRefs } from "./meetings";
import { isOtherOccasion } from "./meeting-standing";
import { alternation } from "./text-utils";

const words = (list: readonly string[]) =>
  new RegExp(String.raw`(?<![\p{L}-])(?:${alternation(list)})(?![\p{L}-])`, "giu");
const EVIDENCE = words([...ENGLISH.meetingEvidence, ...ENGLISH.visitEvidence]);
const VISIT = new RegExp(`^(?:${alternation(ENGLISH.visitEvidence)})$`, "iu");
const NOT_MEETING = words(ENGLISH.notMeetingEvidence);
const PRINCIPAL_TITLE = words(ENGLISH.principalTitles);
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s)\b/;
// "Ferrand and Xi met in 2019": a year right after the word is another occasion.
const YEAR_AFTER = /^[^,.;]{0,40}?\b(?:in|since|back in)\s+(?:19|20)\d{2}\b/;
// "his father's 1975 visit to China".
const YEAR_BEFORE = /\b(?:19|20)\d{2}\s+$/;

/** The evidence a text must give, summed over its pieces, before a pair is taken as its meeting. */
export const THRESHOLD = 3;

type Where = "title" | "heading" | "caption" | "body";

interface Unit {
  where: Where;
  text: string;
  /** Actor ids the unit names (people; for the title, headings and captions also by their party's name). */
  ids: Set<string>;
  evidence: Evidence;
  /** The guest named only by country (a headline's or caption's "the visiting Chilean president"). */
  byCountry?: boolean;
  item?: SentenceRefs;
}

export interface InferenceInput {
  items: readonly SentenceRefs[];
  /** Heading sentences of the body, with their references. */
  headings: readonly SentenceRefs[];
  title?: string;
  captions: readonly string[];
  introduced: readonly IntroducedPerson[];
  reference?: string;
}

interface Evidence {
  /** The first meeting word that tells of a meeting that happened, a visit word only when there is no other. */
  cue?: RegExpExecArray;
  /** Whether the cue is a visit word ("on a state visit"): weaker, never alone in a headline. */
  visit: boolean;
  /** Whether a meeting word of a plan or another occasion stands in the text ("is scheduled to meet"). */
  rejected: boolean;
}

/** The meeting words of `text` that tell of a meeting that happened. */
function evidenceIn(text: string): Evidence {
  NOT_MEETING.lastIndex = 0;
  if (NOT_MEETING.test(text)) return { visit: false, rejected: true };
  // A word of another occasion or a plan governs the words after it in its clause ("last met in 2019
  // at the G20 summit", "will travel … for talks").
  let governedUntil = -1;
  let rejected = false;
  let visit: RegExpExecArray | undefined;
  for (const cue of text.matchAll(EVIDENCE)) {
    if (cue.index < governedUntil) continue;
    const before = text.slice(0, cue.index);
    const after = text.slice(cue.index + cue[0].length);
    // "has met … before": the perfect outside a lead is experience; the rules read the lead's news.
    // "had talks", "had a conversation" are the simple past of "have": the meeting itself.
    const perfect = /(?:ed|met|held)$/i.test(cue[0]) && /\b(?:has|have|had)\s+(?:\w+\s+)?$/i.test(before);
    const planned =
      FUTURE_MARKERS.test(before.slice(-40)) ||
      /\bto\s+$/i.test(before) ||
      FUTURE_MARKERS.test(after.slice(0, 40));
    if (
      planned ||
      perfect ||
      isOtherOccasion(text, cue.index, cue[0].length) ||
      YEAR_AFTER.test(after) ||
      YEAR_BEFORE.test(before)
    ) {
      rejected = true;
      // A plan governs the rest of the sentence ("will hold talks with the Prime Minister, B, with
      // bilateral deals to be signed"); another occasion its clause.
      const clauseEnd = planned ? -1 : after.search(/[,;:]/);
      governedUntil = clauseEnd < 0 ? text.length : cue.index + cue[0].length + clauseEnd;
      continue;
    }
    if (!VISIT.test(cue[0])) return { cue: cue as RegExpExecArray, visit: false, rejected };
    visit ??= cue as RegExpExecArray;
  }
  return visit ? { cue: visit, visit: true, rejected } : { visit: false, rejected };
}

/** A Chinese person who may lead a meeting: a gazetteer leader, or one introduced with a principal's title. */
function isChineseLeader(id: string, introduced: readonly IntroducedPerson[], date?: string): boolean {
  if (partyOfActor(id, introduced, date) !== CHINA) return false;
  if (personById(id)) return true;
  const title = introduced.find((p) => p.id === id)?.title ?? "";
  PRINCIPAL_TITLE.lastIndex = 0;
  NOT_MEETING.lastIndex = 0;
  return PRINCIPAL_TITLE.test(title) && !NOT_MEETING.test(title);
}

// A title after the country ("the visiting Chilean president", "Chile's President"): a person, not a trip.
const GUEST_TITLE = alternation([
  ...ENGLISH.principalTitles,
  ...ENGLISH.honorifics,
  "leader",
  "head of state",
]);

/** Whether `text` names the party's leader by the country and a title ("the Chilean president"). */
function namesPartyLeader(text: string, party: string | undefined): boolean {
  const record = party ? partyById(party) : undefined;
  if (!record) return false;
  const country = alternation([record.name, ...record.aliases, ...record.adjectives]);
  return new RegExp(
    String.raw`(?<![\p{L}-])(?:${country})(?:['’]s)?\s+(?:${GUEST_TITLE})(?![\p{L}-])`,
    "iu",
  ).test(text);
}

/** How much one unit says that c and f met (0 when nothing). */
function weigh(unit: Unit, c: string, f: string, firstPersonIsF: boolean, others: Set<string>): number {
  const { cue, visit, rejected } = unit.evidence;
  const hasC = unit.ids.has(c);
  const hasF = unit.ids.has(f) || (firstPersonIsF && unit.where === "body" && FIRST_PERSON.test(unit.text));
  // A piece about another foreign person's meeting says nothing of this one.
  if (!hasF && [...unit.ids].some((id) => others.has(id))) return 0;
  // A headline, heading or caption says the meeting with a meeting word ("Xi Visits Cambodia,
  // Bangladesh" is a trip); naming the guest only by country ("… the visiting Chilean president") less.
  if (unit.where !== "body") return cue && !visit && hasC && hasF ? (unit.byCountry ? 2 : 4) : 0;
  // Both named with no meeting word: a link ("Xi told Chilean President R …"), unless of a plan.
  if (!cue) return hasC && hasF && !rejected ? 1 : 0;
  if (visit) return hasC || hasF ? 1 : 0;
  if (hasC && hasF) return 3;
  // "During the talks, the two heads of state also exchanged views …".
  if (PAIR_OF_LEAD.test(unit.text)) return 2;
  return hasC || hasF ? 1 : 0;
}

export interface InferredMeeting {
  draft: MeetingDraft;
  /** Index in `items` of the anchor. */
  at: number;
}

export function inferMeeting(input: InferenceInput): InferredMeeting | undefined {
  const { items, introduced, reference } = input;
  if (input.title) {
    NOT_MEETING.lastIndex = 0;
    if (NOT_MEETING.test(input.title)) return undefined;
  }
  const named = new Map<string, number>();
  // People the body names, its headings too (a minister's page signed "Name, Minister of …").
  for (const [i, item] of [...items, ...input.headings].entries())
    for (const r of item.refs)
      if (r.kind === "name" && r.actorId && isPersonActor(r.actorId, introduced) && !named.has(r.actorId))
        named.set(r.actorId, i);
  const chinese = [...named.keys()].filter((id) => isChineseLeader(id, introduced, reference));
  const foreign = [...named.keys()].filter((id) => {
    const party = partyOfActor(id, introduced, reference);
    return party !== undefined && party !== CHINA;
  });
  if (chinese.length === 0 || foreign.length === 0) return undefined;
  const mentioned = (text: string) =>
    new Set(findActorMentions(text, reference, introduced).mentions.map((m) => m.actorId));
  const unit = (where: Where, text: string, ids: Set<string>, item?: SentenceRefs): Unit => {
    return { where, text, ids, evidence: evidenceIn(text), ...(item ? { item } : {}) };
  };
  const units: Unit[] = [
    ...(input.title ? [unit("title", input.title, mentioned(input.title))] : []),
    // A caption counts when it shows a meeting of the page's days (no file picture: caption-facts.ts).
    ...input.captions
      .filter((text) => recentMeetingCaption(text, reference).shows)
      .map((text) => unit("caption", text, mentioned(text))),
    ...[...input.headings, ...items].map((item) =>
      unit(
        item.sentence.heading ? "heading" : "body",
        item.sentence.text,
        new Set(item.refs.flatMap((r) => (r.actorId ? [r.actorId] : []))),
        item,
      ),
    ),
  ];
  let best: Candidate | undefined;
  for (const f of foreign) {
    const party = partyOfActor(f, introduced, reference);
    const others = new Set(foreign.filter((o) => o !== f));
    // A first-person page by the only foreigner it names ("I hosted my Chinese counterpart …").
    const firstPersonIsF = foreign.length === 1;
    for (const c of chinese) {
      const candidate = score(units, c, f, party, firstPersonIsF, others);
      // One sentence alone is too little ("Ding told reporters at the summit that B was welcome"):
      // two pieces, or a headline or heading that says the meeting.
      const enough =
        candidate.pieces.length >= 2 || candidate.pieces.some((p) => /^(?:title|heading)\b/.test(p));
      if (enough && candidate.cued && candidate.score >= THRESHOLD && (!best || candidate.score > best.score))
        best = candidate;
    }
  }
  if (!best) return undefined;
  const { c, f } = best;
  // The anchor: the body's sentence that says it best (the first of equals), else the first naming the guest.
  const naming = (item: SentenceRefs, id: string) => item.refs.some((r) => r.actorId === id);
  const strongest = [...best.anchors].reduce<[SentenceRefs, number] | undefined>(
    (top, entry) => (!top || entry[1] > top[1] ? entry : top),
    undefined,
  )?.[0];
  const item = strongest ?? items.find((i) => naming(i, f)) ?? items.find((i) => naming(i, c));
  if (!item) return undefined;
  const { cue } = evidenceIn(item.sentence.text);
  const start = item.sentence.span[0] + (cue?.index ?? 0);
  const note = `No sentence says the meeting in so many words; inferred from the text's evidence that ${nameOfActor(c, introduced)} and ${nameOfActor(f, introduced)} met: ${best.pieces.join(", ")}; score ${best.score}, threshold ${THRESHOLD}.`;
  return {
    at: items.indexOf(item),
    draft: {
      chinese: c,
      foreign: f,
      anchor: item.sentence,
      cue: [start, start + (cue?.[0].length ?? 0)],
      sentences: [],
      inferred: note,
    },
  };
}

interface Candidate {
  c: string;
  f: string;
  score: number;
  /** Whether any piece has a meeting word (a sentence naming both without one is no meeting alone). */
  cued: boolean;
  pieces: string[];
  /** Body sentences with a meeting word, by weight: where the anchor may be. */
  anchors: Map<SentenceRefs, number>;
}

/** The evidence for c and f: body sentences with a meeting word count up to 4, those without one once. */
function score(
  units: readonly Unit[],
  c: string,
  f: string,
  party: string | undefined,
  firstPersonIsF: boolean,
  others: Set<string>,
): Candidate {
  const candidate: Candidate = { c, f, score: 0, cued: false, pieces: [], anchors: new Map() };
  let body = 0;
  let links = 0;
  for (const unit of units) {
    // The headline or a caption may name the guest by country ("… with the visiting Chilean president").
    const byCountry = unit.where !== "body" && !unit.ids.has(f) && namesPartyLeader(unit.text, party);
    const ids = byCountry ? new Set([...unit.ids, f]) : unit.ids;
    const weight = weigh({ ...unit, ids, byCountry }, c, f, firstPersonIsF, others);
    if (weight === 0) continue;
    if (unit.where === "body" && !unit.evidence.cue) {
      if (links++ > 0) continue;
    } else if (unit.where === "body") {
      if (body >= 4) continue;
      body += weight;
      candidate.anchors.set(unit.item!, weight);
    }
    candidate.cued ||= unit.evidence.cue !== undefined;
    candidate.score += weight;
    candidate.pieces.push(`${unit.where} ${JSON.stringify(unit.text.slice(0, 40))} (${weight})`);
  }
  return candidate;
}
