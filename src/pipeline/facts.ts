/**
 * Stage 4, facts: the date, format, place and setting of one meeting, each with the span of text
 * it came from (or marked curated, with the reason, when the text lacks it). Sentences are searched
 * in order of trust: the anchor sentence, the shared preamble, then the meeting's narrated lines.
 */
import { PHONE, VIDEO } from "./language/en/meeting-phrases";
import type { MeetingFormat, Provenance } from "../domain/schema";
import { dayNumber, findDays, isoDay, isRelativeDay, type DayMatch } from "./calendar";
import { datelinePlace } from "./dateline-place";
import { datesMeeting, type DateScope } from "./date-scope";
import type { PlaceRecord } from "./gazetteer";
import { introducedAsPlace, placesIn } from "./place-words";
import { isOtherOccasion, ofEarlierOccasion, tellsOfMeeting } from "./meeting-standing";
import { FUTURE_TIME_AFTER, NEXT_OCCASION_BEFORE } from "./language/en/meeting-patterns";
import { PLAN_MARKERS } from "./language/en/speech-patterns";
import type { CleanedReadout, CuratedFact, Sentence, Span } from "./types";

export interface DateFact {
  date: string;
  provenance: Provenance;
  /** How the date was found, for the extract summary. */
  how: string;
  /** Set when the text gives no day (the publication date stands in for it: ADR 013). */
  precision?: "on-or-before";
}

export interface FactsInput {
  readoutId: string;
  text: string;
  /** Sentences to search, most trusted first. */
  sentences: Sentence[];
  /** The meeting verb of the anchor ("met with", "held small-group talks"). */
  cue: Span;
  /** The meeting's own sentences: a relative day ("on Friday") dates the meeting only there. */
  scope?: DateScope;
  /** Publication date (stamp, dateline or caller): reference for "on Friday", "today", a missing year. */
  reference?: string;
  /** Where the reference came from when the text does not say it ("the readout's URL"). */
  referenceFrom?: string;
  /** The reference is a photo caption's day, not the page's: only a weekday resolves against it. */
  referenceOfCaption?: boolean;
  curatedYear?: CuratedFact<number>;
  /** The dateline at the head of the text, whose city "here" refers to. */
  dateline?: { span: Span };
  /** Every sentence of the meeting: one may say that the dateline's city is where it was. */
  told?: readonly Sentence[];
  /** The countries of the meeting's two sides ("China", "Sri Lanka"): a dateline city elsewhere is the agency's desk. */
  parties?: readonly string[];
  /** The anchor is a turn of speech (a transcript's label, a remarks page): its places are the speaker's words, read last. */
  spokenAnchor?: boolean;
}

// "… is holding a virtual meeting with the leaders of the Pacific Island Forum member countries": a
// meeting of a group, told beside the bilateral one, whose format is not the bilateral's.
const MULTILATERAL_AFTER =
  /^[^,.;]{0,40}?\bwith\s+(?:the\s+)?(?:[\w-]+\s+)?(?:leaders|heads of (?:state|government)|foreign ministers|ministers|members|representatives)\b/i;
const SETTING =
  /\b(small-group talks|restricted-format talks|restricted talks|expanded talks|one-on-one talks|informal meeting|informal talks|working dinner|working breakfast|video conference|video call|video summit|phone call|telephone conversation|telephone call|(?:tele)?phone talks?|talks|meetings?|met|meets|meet)\b/i;

function settingFrom(cueText: string, format: MeetingFormat, anchor: string): string | undefined {
  const match = SETTING.exec(cueText) ?? SETTING.exec(anchor);
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  if (word === "met" || word === "meets" || word === "meet" || word === "meetings")
    return format === "in-person" ? "meeting" : undefined;
  return word;
}

function shiftBack(match: DayMatch, reference: string): string {
  // Meetings are reported after they happen: a weekday or day-month resolved past the reference date
  // belongs to the previous week or year.
  if (match.iso <= reference || match.known.year) return match.iso;
  // "on January 9" under a stamp of 8 January: a page stamped in another time zone (a Beijing
  // morning is the evening before in UTC), not a meeting a year before; the text's day stands.
  if (match.known.day && dayNumber(match.iso) - dayNumber(reference) <= 1) return match.iso;
  const [y, m, d] = match.iso.split("-").map(Number) as [number, number, number];
  if (!match.known.day && match.known.weekday) {
    const date = new Date(Date.UTC(y, m - 1, d - 7));
    return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return isoDay(y - 1, m, d);
}

/** The meeting's date; undefined when no sentence grounds a day and a year. */
export function findDate(input: FactsInput): DateFact | undefined {
  for (const sentence of input.sentences) {
    for (const match of findDays(sentence.text, input.reference)) {
      if (!datesMeeting(sentence, match, input.scope)) continue;
      if (input.referenceOfCaption && isRelativeDay(match) && !match.known.weekday) continue;
      const span: Span = [sentence.span[0] + match.index, sentence.span[0] + match.index + match.text.length];
      const textProvenance: Provenance = { source: "text", readoutId: input.readoutId, span };
      if (match.known.year && match.known.day)
        return { date: match.iso, provenance: textProvenance, how: `"${match.text}" in the text` };
      if (match.known.day && input.curatedYear) {
        const [, m, d] = match.iso.split("-");
        return {
          date: `${input.curatedYear.value}-${m}-${d}`,
          provenance: {
            source: "curated",
            note: `"${match.text}" is in the text; the year ${input.curatedYear.value} is curated: ${input.curatedYear.reason}`,
          },
          how: `"${match.text}" + curated year ${input.curatedYear.value}`,
        };
      }
      if (input.reference) {
        return {
          date: shiftBack(match, input.reference),
          provenance: textProvenance,
          how: input.referenceOfCaption
            ? `"${match.text}" up to ${input.reference}, the last day a photo caption gives (the page has no stamp)`
            : `"${match.text}" relative to the publication date ${input.reference}${input.referenceFrom ? ` (from ${input.referenceFrom})` : ""}`,
        };
      }
    }
  }
  return undefined;
}

// A page title is about one meeting, so there "Call with" names the call (in a sentence it may be
// another call: "recalled their call with …").
const TITLE_CALL = /\bcall with\b/i;

/** The format a page title names ("Telephone conversation with …", "Call with …"). */
export function formatInTitle(title: string): MeetingFormat | undefined {
  if (VIDEO.test(title)) return "video";
  if (PHONE.test(title) || TITLE_CALL.test(title)) return "phone";
  return undefined;
}

/**
 * The page's title for its format words: the headline, else a line above the meeting's sentence
 * that names a call ("… call with … (Ministry press release)" ends on its bracket, so the clean stage
 * keeps it in the text). `before` is where the meeting's sentence starts.
 */
export function titleOfPage(cleaned: CleanedReadout | undefined, before: number): string | undefined {
  if (!cleaned) return undefined;
  if (cleaned.title && formatInTitle(cleaned.title)) return cleaned.title;
  const heads = cleaned.paragraphs
    .filter((p) => p.span[1] <= before)
    .map((p) => cleaned.text.slice(...p.span))
    .filter((line) => line.length <= 200 && !/[.!?:;,"”’]$/.test(line));
  return heads.find((line) => formatInTitle(line)) ?? cleaned.title;
}

/** Calls in the plural ("phone conversations with foreign leaders") are a round of calls, one each, not multilateral. */
const ROUND_OF_CALLS = /(?:calls|conversations)$/i;
export function findFormat(input: FactsInput): {
  format: MeetingFormat;
  provenance: Provenance;
  setting?: string;
} {
  const cueText = input.text.slice(input.cue[0], input.cue[1]);
  for (const sentence of input.sentences) {
    for (const [format, pattern] of [
      ["video", VIDEO],
      ["phone", PHONE],
    ] as const) {
      const match = pattern.exec(sentence.text);
      if (
        match &&
        !isOtherOccasion(sentence.text, match.index, match[0].length) &&
        (sentence === input.sentences[0] ||
          ((!MULTILATERAL_AFTER.test(sentence.text.slice(match.index)) || ROUND_OF_CALLS.test(match[0])) &&
            // "The two heads of state will maintain close contacts through visits, meetings,
            // telephone talks and telegrams": a means of contact to come, not this meeting's.
            !PLAN_MARKERS.test(sentence.text.slice(0, match.index).split(";").pop()!)))
      ) {
        const start = sentence.span[0] + match.index;
        return {
          format,
          provenance: { source: "text", readoutId: input.readoutId, span: [start, start + match[0].length] },
          setting: settingFrom(cueText, format, input.sentences[0]?.text ?? ""),
        };
      }
    }
  }
  // A meeting only the title names has no cue in the text to point at.
  const provenance: Provenance =
    input.cue[0] < input.cue[1]
      ? { source: "text", readoutId: input.readoutId, span: input.cue }
      : {
          source: "inferred",
          note: "Only the title names the meeting; no sentence says it was a call or a video link.",
        };
  return {
    format: "in-person",
    provenance,
    setting: settingFrom(cueText, "in-person", input.sentences[0]?.text ?? ""),
  };
}

export interface LocationFact {
  location?: { city?: string; country?: string; venue?: string };
  provenance: Provenance;
}

/**
 * Where an in-person meeting took place: the first place introduced by "in", "at" or "to" in a
 * sentence of the meeting, a place line, "here" or the dateline's city. "in the city of Kazan", and
 * the wire's apposition "in the capital Pyongyang", "in the Samoan capital, Apia".
 */
// "Parliament House, Canberra" heading a transcript: a building the gazetteer lacks, then its city.
const VENUE_BEFORE_CITY =
  /^\s*(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:House|Palace|Hall|Building|Centre|Center|Guesthouse|Residence|Villa|Lodge)\s*,/u;

export function findLocation(
  input: FactsInput,
  format: MeetingFormat,
  formatProvenance: Provenance,
): LocationFact {
  if (format !== "in-person") {
    // A call has no single place; the text that says it was a call is the evidence.
    return { provenance: formatProvenance };
  }
  // The place is said by a sentence of the meeting (its anchor, one saying it again: "They held talks
  // at …", "The talks were held in …"), else by a place line; never by background ("X arrived in
  // Shanghai on Wednesday", "The two leaders last met in Lima"). The dateline is read below.
  const meetingSentences = new Set([input.sentences[0], ...(input.scope?.reanchors ?? [])]);
  // A sentence naming the meeting, none of whose meeting words tells of another occasion.
  const ofMeeting = (sentence: Sentence) => {
    if (meetingSentences.has(sentence)) return true;
    return tellsOfMeeting(sentence.text);
  };
  // A turn of speech as the anchor ("… I received in Shanghai last year", "welcome to Singapore"):
  // the page's own place line, if any, comes first.
  const [anchor, ...others] = input.sentences;
  const ordered = input.spokenAnchor && anchor ? [...others, anchor] : input.sentences;
  for (const sentence of ordered) {
    if (sentence.index < 0) continue;
    const places = placesIn(sentence.text);
    // A line that is only places (and a date): "The Kremlin, Moscow", "New York, 24 April 2024".
    const placeLine =
      places.length > 0 &&
      places
        // "Beijing, China": a place line may give the city's country after it.
        .reduce(
          (rest, p) => rest.replace(sentence.text.slice(p.start, p.end), "").replace(p.place.country, ""),
          sentence.text.replace(VENUE_BEFORE_CITY, ""),
        )
        .replace(
          /\bthe\b|\b(?:\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|[\s,.;:–—-]/gi,
          "",
        ) === "";
    if (!placeLine && !ofMeeting(sentence)) continue;
    const cue: Span | undefined =
      sentence === input.sentences[0]
        ? [input.cue[0] - sentence.span[0], input.cue[1] - sentence.span[0]]
        : undefined;
    const found: { place: PlaceRecord; start: number; end: number }[] = places.filter(
      ({ place, start, end }) =>
        (placeLine || introducedAsPlace(sentence.text, place, start)) &&
        // "since their last meeting in Colombo": the earlier occasion's place; "in Hangzhou this
        // autumn" a coming one's.
        !ofEarlierOccasion(sentence.text, start, end, cue) &&
        !FUTURE_TIME_AFTER.test(sentence.text.slice(end)) &&
        !NEXT_OCCASION_BEFORE.test(sentence.text.slice(Math.max(0, start - 80), start)),
    );
    const first = found[0];
    if (!first) continue;
    const { place } = first;
    const location =
      place.kind === "venue"
        ? { venue: place.name, city: place.city, country: place.country }
        : { city: place.name, country: place.country };
    const start = sentence.span[0] + first.start;
    return {
      location,
      provenance: { source: "text", readoutId: input.readoutId, span: [start, sentence.span[0] + first.end] },
    };
  }
  const fromDateline = datelinePlace(input);
  if (fromDateline) return fromDateline;
  return { provenance: { source: "inferred", note: "The readout names no place for this meeting." } };
}

const IN_PERSON =
  /\b(?:met|meets?|received|receives|hosted|hosts|visit(?:ed|ing|s)?|in[- ]person|face[- ]to[- ]face)\b/i;

/**
 * A meeting only the page title names, or the one meeting of a page whose sentences name no format
 * ("… spoke today with …" under "Readout of the Call with …"): the title's words give the format.
 */
export function titledFormat(
  title: string | undefined,
  found: ReturnType<typeof findFormat>,
  text: string,
): ReturnType<typeof findFormat> {
  const titled = title ? formatInTitle(title) : undefined;
  if (!title || !titled || found.format !== "in-person") return found;
  // "… met … in Oslo" under a title naming a call: the text's word for an in-person meeting stands.
  if (found.provenance.source === "text" && IN_PERSON.test(text.slice(...found.provenance.span)))
    return found;
  return {
    format: titled,
    provenance: {
      source: "inferred",
      note: `The page title "${title}" names the ${titled === "phone" ? "call" : "video call"}; no sentence of the text says it.`,
    },
  };
}
