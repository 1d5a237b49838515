/** Publication stamps: a line of the page that is only a date (and time), read to its ISO day. */
import { parseStampDate } from "./calendar";
import { withoutWeekdays } from "./weekdays";
import type { HouseStyles } from "./styles/house-styles";

// "(Agency) 16:40, June 19, 2023": a wire before its stamp; not a prefix word, so the rest must be a date.
const AGENCY_BEFORE_STAMP = /^\(?\s*[A-Z][\w .'’/-]{1,40}?\s*\)\s*(?=\d)/;

const TIME_ZONE_AFTER_TIME =
  /(\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)\s*\(?[A-Z]{2,5}\)?(?![\p{L}\d])/gu;

/** A publication stamp is a line that is only a date (and time), optionally after "Updated"/"Published". */
export function stampDate(whole: string, styles: HouseStyles): string | undefined {
  if (whole.length > 80) return undefined;
  const line = whole.replace(AGENCY_BEFORE_STAMP, "");
  // "November 15, 2023 6:41 AM GMT+8 Updated 2 hours ago": the relative tail says nothing about the day.
  const unprefixed = line.replace(styles.stampPrefix, "");
  const hadPrefix = unprefixed.length !== line.length;
  const rest = unprefixed
    .replace(/\)$/, "")
    .replace(/\s+updated\s+\d+\s+\w+\s+ago$/i, "")
    .replace(/\b(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\b/gi, "")
    // Capitals right after a time are its zone, whatever the country ("07:43 MYT", "10:23 (ICT)").
    .replace(TIME_ZONE_AFTER_TIME, "$1");
  // Without a prefix the line must contain nothing but date/time characters, month names and time
  // zones ("09:15 IST, March 20th 2025" closing an Indian page).
  // A date may carry its weekday ("Fri, 15 Jul 2016 10:23 GMT", "Friday 15 July 2016"); on an
  // all-number date it decides the reading ("Tuesday, 10/03/2026"; "Thứ Ba, 03/04/2018" on a
  // Vietnamese page's English edition: language/weekdays.json).
  const words = withoutWeekdays(rest);
  if (
    !hadPrefix &&
    /[a-z]{3,}/i.test(
      words.replace(
        /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?|\b(?:am|pm|gmt|utc|bjt|cst|ist|jst|kst|sgt|hkt|pkt|msk|cet|cest|bst|est|edt|pst|pdt|aest|aedt|wib)\b/gi,
        "",
      ),
    )
  ) {
    return undefined;
  }
  return parseStampDate(rest, styles.dayOrder);
}

/**
 * A repost's line that is a stamp in a sentence ("<Publisher> published this content on 26 March
 * 2026 and is solely responsible for the information contained therein."): furniture, never the
 * meeting's day; `day` is the publication date it gives (house styles `stampSentences`).
 */
export function stampSentence(line: string, styles: HouseStyles): { day?: string } | undefined {
  if (line.length > 300) return undefined;
  for (const shape of styles.stampSentences) {
    const date = shape.exec(line)?.groups?.date;
    if (date === undefined) continue;
    const day = parseStampDate(date, styles.dayOrder);
    return day ? { day } : {};
  }
  return undefined;
}
