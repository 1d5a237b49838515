/**
 * Runs the per-readout stages (clean → segment → references → meetings → statements → facts →
 * topics) and returns the readout and its meetings in dataset shape. Throws ExtractionError, with a
 * message that says what to supply, for input it cannot use.
 */
import {
  CHINA,
  isPseudoSpeaker,
  NARRATOR,
  type Meeting,
  type Readout,
  type Statement,
} from "../domain/schema";
import { findAttendees, nameOfActor, partyOfActor, type IntroducedPerson } from "./actors";
import { SpeakerTracker } from "./attribution";
import { clean } from "./clean";
import { findDate, findFormat, findLocation, type DateFact, type FactsInput } from "./facts";
import { splitMeetings, type MeetingDraft, type SentenceRefs } from "./meetings";
import { guessPublisher } from "./publisher";
import { analyseReferences } from "./references";
import { segment } from "./segment";
import { slugify } from "./text-utils";
import { matchTopics } from "./topics";
import type { ReadoutInput, Sentence, StageTimings } from "./types";

export class ExtractionError extends Error {
  override name = "ExtractionError";
}

export interface ExtractedMeeting {
  meeting: Meeting;
  /** How the date was found, for the extract summary. */
  dateHow: string;
}

export interface ExtractedReadout {
  readout: Readout;
  meetings: ExtractedMeeting[];
  introduced: IntroducedPerson[];
  warnings: string[];
  /** Lines removed as furniture and metadata lifted from them, for the extract summary. */
  removed: string[];
  credits: string[];
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

function timed<T>(timings: StageTimings | undefined, stage: string, run: () => T): T {
  if (!timings) return run();
  const start = now();
  const result = run();
  timings[stage] = (timings[stage] ?? 0) + now() - start;
  return result;
}

/** Rejects text that is not a readout at all, before any stage runs. */
function assertUsableText(raw: string, id: string): void {
  if (raw.trim() === "")
    throw new ExtractionError(`${id}: the file is empty; supply the text of a meeting readout.`);
  // Control characters other than tab/newline, and U+FFFD from invalid UTF-8, mark a binary file.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const controls = (raw.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (raw.includes("\u0000") || controls / raw.length > 0.01) {
    throw new ExtractionError(
      `${id}: this looks like a binary file, not text; supply the readout as UTF-8 plain text.`,
    );
  }
}

// Extracted ids always resolve; "unknown" only guards the type for an id no stage produces.
const partyOf = (actorId: string, introduced: readonly IntroducedPerson[]): string =>
  partyOfActor(actorId, introduced) ?? "unknown";

function titleFallback(sentences: Sentence[]): string {
  const first = sentences.find((s) => !s.heading)?.text ?? "Untitled readout";
  return first.length > 100 ? `${first.slice(0, 99).trimEnd()}…` : first;
}

/**
 * A meeting whose sentences give no date: the same day as the readout's previous meeting ("On the
 * same day, Wang Yi also met …"), else the publication date (readouts of calls and talks are
 * published the same day; the note says so).
 */
function inheritedDate(previous: ExtractedMeeting[], reference: string | undefined): DateFact | undefined {
  const last = previous[previous.length - 1];
  if (last)
    return {
      date: last.meeting.date,
      provenance: last.meeting.provenance.date,
      how: `same day as the readout's previous meeting (${last.dateHow})`,
    };
  if (!reference) return undefined;
  return {
    date: reference,
    provenance: {
      source: "curated",
      note: `The text gives no date; dated by the readout's publication date ${reference}, as readouts appear on the day of the meeting.`,
    },
    how: `publication date ${reference}, the text gives none`,
  };
}

export function extractReadout(input: ReadoutInput, timings?: StageTimings): ExtractedReadout {
  assertUsableText(input.raw, input.id);
  const warnings: string[] = [];
  const cleaned = timed(timings, "clean", () => clean(input.raw));
  if (cleaned.text.trim() === "")
    throw new ExtractionError(
      `${input.id}: nothing is left after removing site furniture; supply the body of the readout.`,
    );
  const sentences = timed(timings, "segment", () => segment(cleaned));
  const lastParagraph = cleaned.paragraphs[cleaned.paragraphs.length - 1];
  if (
    lastParagraph &&
    !lastParagraph.heading &&
    !/[.!?"”’)\]…]$/.test(cleaned.text.slice(...lastParagraph.span))
  ) {
    warnings.push(
      "the text seems cut off mid-sentence (its last paragraph has no final punctuation); statements end where it ends.",
    );
  }
  const reference = cleaned.publishedOn ?? input.publishedOn ?? input.meta?.publishedOn;

  const refs = timed(timings, "actors", () => analyseReferences(cleaned.text, cleaned.title, reference));
  const items: SentenceRefs[] = timed(timings, "actors", () =>
    sentences
      .filter((s) => !s.heading)
      .map((sentence) => ({ sentence, refs: refs.within(sentence.span[0], sentence.span[1]) })),
  );
  const split = timed(timings, "meetings", () => splitMeetings(items, refs.introduced));
  if (split.meetings.length === 0) {
    throw new ExtractionError(
      `${input.id}: no meeting found; a readout needs a sentence saying that a Chinese leader met, held talks or a call with a named foreign counterpart.`,
    );
  }
  // The preamble is narrated context of the first meeting; its facts are shared by all.
  split.meetings[0]!.sentences.unshift(...split.preamble);

  const publisher = input.meta?.publisher
    ? { publisher: input.meta.publisher, perspective: input.meta.perspective ?? "media" }
    : guessPublisher(cleaned);
  if (!input.meta?.publisher)
    warnings.push(
      `publisher not curated; guessed "${publisher.publisher}" (${publisher.perspective}); add it to sources.json.`,
    );
  const readout: Readout = {
    id: input.id,
    title: cleaned.title ?? input.meta?.title ?? titleFallback(sentences),
    publisher: publisher.publisher,
    perspective: publisher.perspective,
    ...(reference ? { publishedOn: reference } : {}),
    ...(input.meta?.url ? { url: input.meta.url } : {}),
    text: cleaned.text,
  };

  // One tracker for the whole readout: "he" and open quotations run across meeting boundaries.
  const tracker = new SpeakerTracker();
  const statementsByMeeting = new Map<MeetingDraft, Statement[]>();
  const attendeesByMeeting = new Map<MeetingDraft, string[]>();
  timed(timings, "statements", () => {
    for (const draft of split.meetings) {
      const principals = new Set([draft.chinese, draft.foreign]);
      const principalByParty = new Map([
        [CHINA, draft.chinese],
        [partyOf(draft.foreign, refs.introduced), draft.foreign],
      ]);
      const statements: Statement[] = [];
      const attendees: string[] = [];
      for (const { sentence, refs: sentenceRefs } of draft.sentences) {
        const present = findAttendees(sentence.text, reference, refs.introduced).map((m) => m.actorId);
        attendees.push(...present.filter((id) => !principals.has(id) && !attendees.includes(id)));
        // A line with no letters ("1.", "***") is numbering or decoration, not a statement.
        if (!/\p{L}/u.test(sentence.text)) continue;
        const attribution = tracker.attribute({
          sentence,
          refs: sentenceRefs,
          attendance: present.length > 0,
          principals,
          principalByParty,
        });
        const speaker = attribution.speaker;
        const party = isPseudoSpeaker(speaker) ? speaker : partyOf(speaker, refs.introduced);
        statements.push({
          id: `${input.id}-s${sentence.index + 1}`,
          readoutId: input.id,
          speaker,
          party,
          ...(attribution.verb ? { verb: attribution.verb } : {}),
          topics: [],
          text: sentence.text,
          span: sentence.span,
        });
      }
      statementsByMeeting.set(draft, statements);
      attendeesByMeeting.set(draft, attendees);
    }
  });

  timed(timings, "topics", () => {
    for (const statements of statementsByMeeting.values())
      for (const s of statements) s.topics = matchTopics(s.text);
  });

  const meetings: ExtractedMeeting[] = [];
  timed(timings, "facts", () => {
    for (const draft of split.meetings) {
      const statements = statementsByMeeting.get(draft)!;
      const narrated = new Set(statements.filter((s) => isPseudoSpeaker(s.speaker)).map((s) => s.span[0]));
      // Short lines before the first meeting ("The Kremlin, Moscow") are page metadata that may hold the place.
      const firstAnchor = split.meetings[0]!.anchor.span[0];
      const headLines = sentences.filter((s) => s.heading && s.span[0] < firstAnchor);
      const preamble = [...split.preamble.map((p) => p.sentence), ...headLines];
      const rest = draft.sentences
        .map((d) => d.sentence)
        .filter((s) => s !== draft.anchor && !preamble.includes(s));
      const datelineSentence: Sentence[] = cleaned.dateline
        ? [
            {
              index: -1,
              paragraph: 0,
              span: cleaned.dateline.span,
              text: cleaned.text.slice(...cleaned.dateline.span),
              heading: false,
            },
          ]
        : [];
      const factsInput: FactsInput = {
        readoutId: input.id,
        text: cleaned.text,
        sentences: [
          draft.anchor,
          ...preamble,
          ...rest.filter((s) => narrated.has(s.span[0])),
          ...datelineSentence,
        ],
        cue: draft.cue,
        reference,
        curatedYear: input.meta?.curated?.year,
        dateline: cleaned.dateline,
      };
      const date =
        findDate(factsInput) ??
        findDate({ ...factsInput, sentences: rest }) ??
        inheritedDate(meetings, reference);
      const foreignName = nameOfActor(draft.foreign, refs.introduced);
      if (date?.how.startsWith("publication date"))
        warnings.push(
          `the text gives no date for ${foreignName}'s meeting; dated by the publication date ${reference}.`,
        );
      if (!date) {
        warnings.push(
          `no date for the meeting of ${nameOfActor(draft.chinese, refs.introduced)} and ${foreignName}; supply --published YYYY-MM-DD or a curated year.`,
        );
        continue;
      }
      const format = findFormat({ ...factsInput, sentences: [draft.anchor, ...preamble, ...rest] });
      const location = findLocation(factsInput, format.format, format.provenance);
      const attendees = attendeesByMeeting.get(draft)!;
      const counterpart = partyOf(draft.foreign, refs.introduced);
      const topics = [...new Set(statements.filter((s) => s.speaker !== NARRATOR).flatMap((s) => s.topics))];
      meetings.push({
        dateHow: date.how,
        meeting: {
          id: `${date.date}-${slugify(nameOfActor(draft.chinese, refs.introduced))}-${slugify(foreignName)}`,
          date: date.date,
          format: format.format,
          ...(format.setting ? { setting: format.setting } : {}),
          ...(location.location ? { location: location.location } : {}),
          counterpart,
          sides: [
            {
              party: CHINA,
              principal: draft.chinese,
              attendees: attendees.filter((id) => partyOf(id, refs.introduced) === CHINA),
            },
            {
              party: counterpart,
              principal: draft.foreign,
              attendees: attendees.filter((id) => partyOf(id, refs.introduced) === counterpart),
            },
          ],
          topics,
          statements,
          readoutIds: [input.id],
          provenance: { date: date.provenance, format: format.provenance, location: location.provenance },
        },
      });
    }
  });
  if (meetings.length === 0) {
    throw new ExtractionError(
      `${input.id}: no date could be resolved for any meeting; supply --published YYYY-MM-DD (the publication date) or a curated year in sources.json.`,
    );
  }
  return {
    readout,
    meetings,
    introduced: refs.introduced,
    warnings,
    removed: cleaned.removed,
    credits: cleaned.credits,
  };
}
