/**
 * Stage facts: each meeting's date, format and place (from its anchor, the shared preamble and its
 * narrated lines, most trusted first) and the meeting in dataset shape. A meeting with no knowable
 * date is dropped with a warning; a readout with none left is refused.
 */
import type { Sentence } from "../types";
import { CHINA, isPseudoSpeaker, NARRATOR, type Statement } from "../../domain/schema";
import { nameOfActor, partyOfActor } from "../actors/dataset-actors";
import { need, type ExtractedMeeting, type ReadoutContext } from "../context";
import { captionDate, captionPlace, captionReferenceDay } from "../caption-facts";
import { partyById } from "../gazetteer";
import { namesOnlyAnother, pairLead, reportedCue, saidAtMeeting } from "../date-scope";
import {
  findDate,
  findFormat,
  findLocation,
  titledFormat,
  titleOfPage,
  type DateFact,
  type FactsInput,
} from "../facts";
import { happenedCue, type MeetingDraft } from "../meetings";
import { BARE_CALLED } from "../language/en/meeting-patterns";
import { slugify } from "../text-utils";
import { eventDated, inheritedDate } from "../inherited-date";
import { ExtractionError, type Stage } from "./stage";

/**
 * "A has called his Chinese counterpart Xi": a meeting whose cue is a bare "called" (BARE_CALLED) is
 * a call when no sentence names another format. The cue stays its provenance.
 */
const CALLED_CUE = new RegExp(`^${BARE_CALLED}`, "i");
function calledFormat(found: ReturnType<typeof findFormat>, text: string): ReturnType<typeof findFormat> {
  if (found.format !== "in-person" || found.provenance.source !== "text") return found;
  return CALLED_CUE.test(text.slice(...found.provenance.span)) ? { ...found, format: "phone" } : found;
}

/**
 * A page with no stamp whose captions date the pictures: the text's weekday ("met … on Wednesday")
 * resolved against the last caption day (caption-facts.ts captionReferenceDay), with a warning.
 */
function weekdayOfCaption(
  input: FactsInput,
  rest: Sentence[],
  captions: readonly string[],
  principals: { chinese: string; foreign: string },
): DateFact | undefined {
  if (input.reference) return undefined;
  const day = captionReferenceDay(captions, principals);
  if (!day) return undefined;
  const byCaption = {
    ...input,
    reference: day,
    referenceOfCaption: true,
  };
  return findDate(byCaption) ?? findDate({ ...byCaption, sentences: rest });
}

/**
 * The meeting's sentences that report it by another source, naming both principals after the verb
 * of saying ("Vietnam's government said Chinh met Li on Wednesday"): see date-scope.ts reportedCue.
 */
function reportedMeeting(draft: MeetingDraft): Sentence[] {
  return draft.sentences.flatMap(({ sentence, refs }) => {
    if (sentence === draft.anchor || draft.reanchors?.includes(sentence) || happenedCue(sentence.text))
      return [];
    const cue = reportedCue(sentence.text);
    if (!cue) return [];
    const named = (id: string) =>
      refs.some((r) => r.actorId === id && r.start >= sentence.span[0] + cue.clause);
    return named(draft.chinese) && named(draft.foreign) ? [sentence] : [];
  });
}

/**
 * The day of the release a meeting's sentence stands under, on a page of several releases each under
 * its own stamp (clean.ts releaseStamps): "today" in the second release is its own day. Else, and
 * where the reference is not the page's first stamp (a dateline, a title's date), the readout's.
 */
function releaseDay(context: ReadoutContext, at: number): string | undefined {
  const stamps = context.cleaned?.releaseStamps;
  if (!stamps || context.reference !== context.cleaned?.publishedOn) return context.reference;
  return stamps.filter((s) => s.at <= at).pop()?.day ?? context.reference;
}

/** The sentences a meeting's facts are read from, most trusted first. */
function factsInputFor(context: ReadoutContext, draft: MeetingDraft, statements: Statement[]) {
  const cleaned = need(context.cleaned, "cleaned", "facts");
  const split = need(context.split, "split", "facts");
  const { introduced } = need(context.references, "references", "facts");
  const narrated = new Set(statements.filter((s) => isPseudoSpeaker(s.speaker)).map((s) => s.span[0]));
  // Short lines at the head of the page ("The Kremlin, Moscow", "Saint Petersburg, September 12,
  // 2024"), before the first meeting or between its summary line and the body, are page metadata
  // that may hold the place and the day.
  const firstAnchor = split.meetings[0]!.anchor;
  const sentences = need(context.sentences, "sentences", "facts");
  // A lead that repeats the headline word for word (reposts of the Kremlin's pages) is not yet the body.
  const bare = (s: Sentence) => s.text.replace(/[\s.]+$/, "");
  const repeated = (s: Sentence) => sentences.some((e) => e.span[0] < s.span[0] && bare(e) === bare(s));
  const body = sentences.find((s) => !s.heading && s.paragraph > firstAnchor.paragraph && !repeated(s));
  const headEnd = Math.max(firstAnchor.span[0], body?.span[0] ?? 0);
  const headLines = sentences.filter((s) => s.heading && s.span[0] < headEnd);
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
    readoutId: context.input.id,
    text: cleaned.text,
    sentences: [
      draft.anchor,
      ...preamble,
      ...rest.filter((s) => narrated.has(s.span[0])),
      ...datelineSentence,
    ],
    cue: draft.cue,
    scope: {
      anchor: draft.anchor,
      cue: draft.cue,
      reanchors: draft.reanchors,
      preamble,
      reported: reportedMeeting(draft),
      saidAt: sentences.filter(
        (s) => s.index === draft.anchor.index - 1 && preamble.includes(s) && saidAtMeeting(draft.anchor, s),
      ),
    },
    reference: releaseDay(context, draft.anchor.span[0]),
    referenceFrom: context.referenceFrom,
    curatedYear: context.input.meta?.curated?.year,
    dateline: cleaned.dateline,
    told: draft.sentences.map((d) => d.sentence),
    // "I received in Shanghai …" in a transcript's first turn: the header's place line says where.
    spokenAnchor: draft.title !== undefined,
    parties: [CHINA, partyOfActor(draft.foreign, introduced, context.reference)].flatMap(
      (id) => partyById(id ?? "")?.name ?? [],
    ),
  };
  return { factsInput, preamble, rest };
}

export const factsStage: Stage = {
  name: "facts",
  job: "reads each meeting's date, format and place with provenance and assembles the meetings",
  run(context) {
    const { warnings, reference, input } = context;
    const split = need(context.split, "split", "facts");
    const statementsByMeeting = need(context.statements, "statements", "facts");
    const attendeesByMeeting = need(context.attendees, "attendees", "facts");
    const { introduced } = need(context.references, "references", "facts");
    // A person's side on the readout's day (partyOn: Tusk is the EU's in 2016, Poland's in 2024).
    const partyOf = (id: string) => partyOfActor(id, introduced, reference) ?? "unknown";
    const meetings: ExtractedMeeting[] = [];
    for (const draft of split.meetings) {
      const statements = statementsByMeeting.get(draft)!;
      const { factsInput, preamble, rest } = factsInputFor(context, draft, statements);
      const day = factsInput.reference;
      const principalNames = {
        chinese: nameOfActor(draft.chinese, introduced),
        foreign: nameOfActor(draft.foreign, introduced),
      };
      const captions = context.cleaned?.captions ?? [];
      // A lead telling the pair's meeting dates it before the named sentence (date-scope.ts pairLead).
      const leads = preamble.filter(pairLead);
      // A round-up's "Meeting with Kazakh President N on Sept 1" above this meeting is another's.
      const others = preamble.filter((s) => namesOnlyAnother(s, draft, context.references!.within, partyOf));
      const date =
        findDate({
          ...factsInput,
          sentences: [
            ...leads,
            ...factsInput.sentences.filter((s) => !leads.includes(s) && !others.includes(s)),
          ],
        }) ??
        findDate({ ...factsInput, sentences: rest }) ??
        captionDate(captions, principalNames, day) ??
        weekdayOfCaption(factsInput, rest, captions, principalNames) ??
        inheritedDate(meetings, day, context.referenceFrom, eventDated(context, draft, statements));
      const foreignName = nameOfActor(draft.foreign, introduced);
      if (date?.how.startsWith("publication date"))
        warnings.push(
          `the text gives no date for ${foreignName}'s meeting; it was on or before the publication date ${day}, the day given.`,
        );
      if (date?.how.includes("photo caption gives"))
        warnings.push(
          `the page has no stamp; the day of ${foreignName}'s meeting is read against its photo captions (${date.how}).`,
        );
      else if (date?.how.includes("photo caption"))
        warnings.push(
          `the text gives no date for ${foreignName}'s meeting; dated by a photo caption (${date.how}).`,
        );
      if (!date) {
        warnings.push(
          `no date for the meeting of ${nameOfActor(draft.chinese, introduced)} and ${foreignName}; supply --published YYYY-MM-DD or a curated year.`,
        );
        continue;
      }
      const title =
        draft.title ??
        (split.meetings.length === 1 ? titleOfPage(context.cleaned, draft.anchor.span[0]) : undefined);
      const format = titledFormat(
        title,
        calledFormat(
          findFormat({ ...factsInput, sentences: [draft.anchor, ...preamble, ...rest] }),
          factsInput.text,
        ),
        factsInput.text,
      );
      const found = findLocation(factsInput, format.format, format.provenance);
      const location =
        (!found.location && format.format === "in-person"
          ? captionPlace(context.cleaned?.captions ?? [], principalNames, reference)
          : undefined) ?? found;
      const attendees = attendeesByMeeting.get(draft)!;
      const counterpart = partyOf(draft.foreign);
      const topics = [...new Set(statements.filter((s) => s.speaker !== NARRATOR).flatMap((s) => s.topics))];
      meetings.push({
        dateHow: date.how,
        meeting: {
          id: `${date.date}-${slugify(nameOfActor(draft.chinese, introduced))}-${slugify(foreignName)}`,
          date: date.date,
          ...(date.precision ? { datePrecision: date.precision } : {}),
          format: format.format,
          ...(format.setting ? { setting: format.setting } : {}),
          ...(location.location ? { location: location.location } : {}),
          counterpart,
          sides: [
            {
              party: CHINA,
              principal: draft.chinese,
              attendees: attendees.filter((id) => partyOf(id) === CHINA),
            },
            {
              party: counterpart,
              principal: draft.foreign,
              attendees: attendees.filter((id) => partyOf(id) === counterpart),
            },
          ],
          topics,
          statements,
          readoutIds: [input.id],
          provenance: {
            date: date.provenance,
            format: format.provenance,
            location: location.provenance,
            ...(draft.inferred ? { meeting: { source: "inferred" as const, note: draft.inferred } } : {}),
          },
        },
      });
    }
    if (meetings.length === 0) {
      // An all-number stamp nothing decides (clean stage) is why, where there is one: say so.
      const stamp = context.warnings.find((w) => w.startsWith("the page's stamp "));
      throw new ExtractionError(
        `${input.id}: no date could be resolved for any meeting${stamp ? ` (${stamp.replace(/ \(supply[^)]*\)\.$/, "")})` : ""}; supply --published YYYY-MM-DD (the publication date) or a curated year in sources.json.`,
      );
    }
    context.meetings = meetings;
  },
};
