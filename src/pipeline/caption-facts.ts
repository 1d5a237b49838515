/**
 * A photo caption's date and place, the last resort before the publication date. Captions are not the
 * meeting's sentence (the clean stage drops them), but "Xi Jinping (R) holds talks with President
 * X in Beijing, April 12, 2016. (Agency/Name)" says the day of this meeting when the text says none.
 * It counts only when it names both principals and a meeting, gives a full date, and is no file
 * picture of an earlier event (a "[File: …]" credit, or a day more than a week before the page).
 * The place a caption names serves the same way when the text names none.
 */
import { dayNumber, findDays, type DayMatch } from "./calendar";
import type { DateFact, LocationFact } from "./facts";
import { findPlaces } from "./gazetteer";
import { isFilePicture } from "./captions";
import { CAPTION_MEETING_WORD } from "./language/en/meeting-patterns";
import { escapeRegExp } from "./text-utils";

// A caption dated more than this many days before the page shows an earlier event.
const MAX_DAYS_BEFORE_PAGE = 7;

/** Whether a caption names the person: one of the capitalised words of the name, as a whole word. */
function names(caption: string, name: string): boolean {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}\p{L}/u.test(word))
    .some((word) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, "u").test(caption));
}

/**
 * Whether a caption shows a meeting of the page's days: a meeting word, no file picture, no day more
 * than a week before the page or after it. Its full day, if it gives one.
 */
export function recentMeetingCaption(
  caption: string,
  reference: string | undefined,
): { shows: boolean; day?: DayMatch } {
  if (isFilePicture(caption) || !CAPTION_MEETING_WORD.test(caption)) return { shows: false };
  const day = findDays(caption).find((match) => match.known.year && match.known.day);
  if (day && reference) {
    const before = dayNumber(reference) - dayNumber(day.iso);
    if (before < 0 || before > MAX_DAYS_BEFORE_PAGE) return { shows: false };
  }
  return { shows: true, day };
}

/** The captions that show this meeting: both principals, a meeting word, no file picture, no older day. */
function meetingCaptions(
  captions: readonly string[],
  principals: { chinese: string; foreign: string },
  reference: string | undefined,
): { caption: string; day?: DayMatch }[] {
  return captions.flatMap((caption) => {
    if (!names(caption, principals.chinese) || !names(caption, principals.foreign)) return [];
    const { shows, day } = recentMeetingCaption(caption, reference);
    return shows ? [{ caption, day }] : [];
  });
}

export function captionDate(
  captions: readonly string[],
  principals: { chinese: string; foreign: string },
  reference: string | undefined,
): DateFact | undefined {
  const dated = meetingCaptions(captions, principals, reference).find((c) => c.day);
  if (!dated?.day) return undefined;
  const { caption, day } = dated;
  return {
    date: day.iso,
    provenance: {
      source: "inferred",
      note: `The text gives no date; a photo caption of the meeting on the page says "${day.text}": "${caption}"`,
    },
    how: `"${day.text}" in a photo caption, the text gives none`,
  };
}

/**
 * A wire page with no stamp may still date its pictures ("… in Jakarta, September 6, 2031. Name/Pool
 * via AGENCY"): the last day a caption of either principal gives (no file picture) is a day the page
 * was written on or after, so the text's "on Wednesday" is the Wednesday up to that day. Only a
 * weekday resolves against it (facts.ts); "today" is the page's day, which a picture does not say.
 */
export function captionReferenceDay(
  captions: readonly string[],
  principals: { chinese: string; foreign: string },
): string | undefined {
  const days = captions.flatMap((caption) => {
    if (isFilePicture(caption)) return [];
    if (!names(caption, principals.chinese) && !names(caption, principals.foreign)) return [];
    return findDays(caption)
      .filter((match) => match.known.year && match.known.day)
      .map((match) => match.iso);
  });
  return days.sort().pop();
}

/** The place a caption of the meeting names ("… in Beijing, April 12, 2016"), when the text names none. */
export function captionPlace(
  captions: readonly string[],
  principals: { chinese: string; foreign: string },
  reference: string | undefined,
): LocationFact | undefined {
  for (const { caption } of meetingCaptions(captions, principals, reference)) {
    const found = findPlaces(caption).find(
      ({ start, end }) =>
        /\b(?:in|at)\s+(?:the\s+)?$/.test(caption.slice(Math.max(0, start - 8), start)) &&
        !/^\s+[A-Z]/.test(caption.slice(end, end + 2)),
    );
    if (!found) continue;
    const { place } = found;
    const location =
      place.kind === "venue"
        ? { venue: place.name, city: place.city, country: place.country }
        : { city: place.name, country: place.country };
    return {
      location,
      provenance: {
        source: "inferred",
        note: `The text names no place; a photo caption of the meeting on the page says "${caption.slice(found.start, found.end)}": "${caption}"`,
      },
    };
  }
  return undefined;
}
