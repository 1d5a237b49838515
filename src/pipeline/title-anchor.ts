/**
 * Transcript pages (the Kremlin's style) may never say in a sentence that the two met: the title
 * names the occasion and one side ("Telephone conversation with Premier of the State Council of
 * China Li Qiang") or only the two nations ("Beginning of Russian-Chinese talks in expanded
 * format"), and the body is speech under labels ("Vladimir Putin: …", "Li Qiang (retranslated):
 * …"). The meeting is then the title's person with the first labelled speaker of the other side,
 * or, when the title names no one, the first labelled speakers of the two sides; its anchor is the
 * other side's first label, and the title's words give the format.
 */
import { CHINA as CHINA_PARTY } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import { findActorMentions } from "./actors/mentions";
import type { IntroducedPerson } from "./actors/types";
import { MEETING_CUE, type MeetingDraft, type SentenceRefs } from "./meetings";
import { speakerLabel } from "./speaker-label";
import type { Sentence, Span } from "./types";

/** A title naming the occasion and the Chinese side as a nation: "Russian-Chinese talks", "Sino-Russian summit". */
// "bilateral" as a noun ("Remarks at bilateral with Mr L", a prime minister's transcript title).
const OCCASION = String.raw`\b(?:talks|meeting|summit|conversation|negotiations|consultations|bilateral(?=\s+with\b))\b`;
const CHINA = String.raw`\b(?:chinese|china|sino)\b`;
const OCCASION_WORD = new RegExp(OCCASION, "i");
const NATIONS_AND_OCCASION = new RegExp(`${CHINA}.*${OCCASION}|${OCCASION}.*${CHINA}`, "i");

interface LabelledSpeaker {
  actorId: string;
  chinese: boolean;
  sentence: Sentence;
  span: Span;
}

/** The person named in each paragraph-opening speaker label, in text order. */
function labelledSpeakers(items: SentenceRefs[], introduced: readonly IntroducedPerson[]): LabelledSpeaker[] {
  const speakers: LabelledSpeaker[] = [];
  let lastParagraph = -1;
  for (const item of items) {
    const { sentence } = item;
    const opens = sentence.paragraph !== lastParagraph;
    lastParagraph = sentence.paragraph;
    const label = opens ? speakerLabel(sentence.text) : undefined;
    if (!label) continue;
    const speaker = item.refs.find(
      (r) =>
        // A title alone ("PRIME MINISTER:") where the page's own leader is known (its publisher's party).
        (r.kind === "name" || r.kind === "role") &&
        r.actorId &&
        r.end - sentence.span[0] <= label.length &&
        isPersonActor(r.actorId, introduced),
    );
    if (!speaker?.actorId) continue;
    speakers.push({
      actorId: speaker.actorId,
      chinese: partyOfActor(speaker.actorId, introduced) === CHINA_PARTY,
      sentence,
      span: [speaker.start, speaker.end],
    });
  }
  return speakers;
}

/** The people the headings above the body name, and which side each is on (a transcript's header). */
function headerPeople(
  headers: readonly string[],
  date: string | undefined,
  introduced: readonly IntroducedPerson[],
) {
  return headers.flatMap((text) =>
    findActorMentions(text, date, introduced)
      .mentions.filter((m) => isPersonActor(m.actorId, introduced))
      .map((m) => ({ actorId: m.actorId, chinese: partyOfActor(m.actorId, introduced) === CHINA_PARTY })),
  );
}

export function titleAnchor(
  title: string | undefined,
  items: SentenceRefs[],
  introduced: readonly IntroducedPerson[],
  date: string | undefined,
  /** The headings above the first sentence of the body. */
  headers: readonly string[] = [],
): MeetingDraft | undefined {
  if (!title) return undefined;
  const remarks = remarksAnchor(title, items, introduced, date);
  if (remarks) return remarks;
  const named = findActorMentions(title, date, introduced).mentions.find((m) =>
    isPersonActor(m.actorId, introduced),
  );
  // "Remarks by President Obama and President Xi … Before Bilateral Meeting" (the White House's
  // transcripts) names the occasion with no meeting verb.
  const occasion = MEETING_CUE.test(title) || OCCASION_WORD.test(title);
  // A prime minister's transcript page heads its text with the people on it ("Prime Minister
  // Anthony Albanese"): when its title names the guest and only the guest's turn was copied, the
  // header names the host. A title naming no one ("Opening remarks - Annual Leaders' Meeting") needs
  // the occasion (in it or a line of the header) and a header naming both sides, which says who met.
  const header = headerPeople(headers, date, introduced);
  const headerPair = header.some((p) => p.chinese) && header.some((p) => !p.chinese);
  const headed = occasion || headers.some((line) => OCCASION_WORD.test(line));
  if (named ? !occasion : !NATIONS_AND_OCCASION.test(title) && !(headed && headerPair)) return undefined;
  const speakers = labelledSpeakers(items, introduced);
  const titleSide = named
    ? { actorId: named.actorId, chinese: partyOfActor(named.actorId, introduced) === CHINA_PARTY }
    : speakers[0];
  if (!titleSide) return undefined;
  const other = speakers.find((s) => s.chinese !== titleSide.chinese);
  const fromHeader = other ? undefined : header.find((s) => s.chinese !== titleSide.chinese);
  // The anchor is a sentence of the body: the other side's first label, or else the first label.
  const anchor = other ?? (fromHeader && speakers[0]);
  const otherId = other?.actorId ?? fromHeader?.actorId;
  if (!anchor || !otherId) return undefined;
  return {
    chinese: titleSide.chinese ? titleSide.actorId : otherId,
    foreign: titleSide.chinese ? otherId : titleSide.actorId,
    anchor: anchor.sentence,
    cue: anchor.span,
    sentences: [],
    title,
  };
}

/**
 * "Remarks by President M following the meeting with Chinese President X", "Opening remarks of
 * Minister M at the meeting with X", "Media briefing remarks by President M during the State Visit
 * by President X": a page of one speaker's first-person remarks, with no labels.
 * The title names both; the meeting is theirs, anchored at the body's first sentence, and every
 * sentence is the speaker's.
 */
// "Media briefing remarks by President M during the … State Visit by President X": a host's
// presidency names the occasion by the guest's visit.
const REMARKS_BY =
  /^(?:(?:[\w-]+ ){0,2}(?:Remarks|Statement|Speech|Address)) (?:by|of) (.{3,80}?) (?:following|after|at the end of|ahead of|before|at|in|during) (?:(?:the|a|his|her|their) )?(?:(?:[\w-]+ ){0,2}?(?:meeting|talks|call|summit|conversation) with|(?:[\w'’-]+ ){0,6}?(?:State|Official|Working|state|official|working) [Vv]isit (?:by|of)) (.{3,100})$/i;

function remarksAnchor(
  title: string,
  items: SentenceRefs[],
  introduced: readonly IntroducedPerson[],
  date: string | undefined,
): MeetingDraft | undefined {
  const shape = REMARKS_BY.exec(title);
  const first = items.find((item) => !item.sentence.heading);
  if (!shape || !first || items.some((item) => speakerLabel(item.sentence.text))) return undefined;
  const person = (text: string) =>
    findActorMentions(text, date, introduced).mentions.find((m) => isPersonActor(m.actorId, introduced))
      ?.actorId;
  const speaker = person(shape[1]!);
  const other = person(shape[2]!);
  if (!speaker || !other) return undefined;
  const speakerChinese = partyOfActor(speaker, introduced) === CHINA_PARTY;
  if (speakerChinese === (partyOfActor(other, introduced) === CHINA_PARTY)) return undefined;
  return {
    chinese: speakerChinese ? speaker : other,
    foreign: speakerChinese ? other : speaker,
    anchor: first.sentence,
    cue: [first.sentence.span[0], first.sentence.span[0]],
    sentences: [],
    title,
    speaker,
  };
}
