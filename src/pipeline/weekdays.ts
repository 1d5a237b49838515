/**
 * Weekday names in the languages pages print them in beside an all-number stamp (language/
 * weekdays.json): "Thứ Ba, 03/04/2018" is a Tuesday, so the 3rd of April.
 */
import data from "./language/weekdays.json";
import { escapeRegExp } from "./text-utils";

// Every spelling with its day (0 = Sunday), longest first so "pazartesi" wins over "pazar".
const SPELLINGS = Object.values(data.languages)
  .flatMap((days) => days.flatMap((names, day) => names.map((name) => ({ name, day }))))
  .sort((a, b) => b.name.length - a.name.length);
const DAY_OF = new Map(SPELLINGS.map(({ name, day }) => [name.normalize("NFC"), day]));

const NAMES = String.raw`(?<![\p{L}\p{M}])(?:${SPELLINGS.map(({ name }) => escapeRegExp(name)).join("|")})(?![\p{L}\p{M}])\.?`;
const WEEKDAY_NAME = new RegExp(NAMES, "iu");
const WEEKDAY_NAMES = new RegExp(NAMES, "giu");

/** The day of the week (0 = Sunday) of the first weekday name in `text`, in any language listed. */
export function weekdayIn(text: string): number | undefined {
  const match = WEEKDAY_NAME.exec(text.normalize("NFC"));
  return match ? DAY_OF.get(match[0].replace(/\.$/, "").toLowerCase()) : undefined;
}

/** `text` without its weekday names ("Thứ Ba, 03/04/2018" → ", 03/04/2018"). */
export function withoutWeekdays(text: string): string {
  return text.normalize("NFC").replace(WEEKDAY_NAMES, "");
}
