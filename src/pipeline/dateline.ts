/**
 * The dateline that opens a readout's first body paragraph ("BEIJING, March 5 (Xinhua) --",
 * "SHANGHAI: …", "Beijing - …"): where it ends (it stays in the text but is never a statement), its
 * place and agency, and the filing day it gives. Part of the clean stage.
 */
import { datelineDay } from "./calendar";
import { findPlaces } from "./gazetteer";
import { undecidedReadings } from "./numeric-date";
import type { HouseStyles } from "./styles/house-styles";
import { titleCased } from "./text-utils";
import type { CleanedReadout } from "./types";

// "BEIJING, March 5 (Xinhua) --", "NEW DELHI, Oct 16 (IANS) —", "Beijing [China], October 16 (ANI):",
// "Sept. 24, 2020 (EIRNS)—", "Bern, 16.01.2017 - " (a government's release, its date all numbers),
// "BRUSSELS, 08 March 2022, (TON):" (day first, with its year or without: "Beijing, 25 March (Prensa
// Latina)"): a place (its country in brackets, or after a comma before a day: "BEIJING, China, Sep
// 10 —"), a day, an agency, then a dash or a
// colon (after a stop in EFE's "(EFE).-"); the separator may be missing only after both a day and an agency ("… March 4 (IANS) Xi …").
const DATELINE =
  /^(?:(?<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:\s*[[(][A-Z][A-Za-z .'’-]{1,40}[\])]|,\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))?,\s+)?(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(?:19|20)\d{2})?|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})?,?\s*(?:\((?<agency>[^)]{2,40})\))?\s*(?<separator>\.?(?:--|—|–|-)|:(?=\s))?\s*/;

/**
 * Whether a dateline shape's match is a dateline: a place or a day, with an agency or a day, and not
 * the whole paragraph. A publisher's own shape says where its dateline ends; the common one ends in a
 * separator, or in an agency's name after a day ("New Delhi, March 4 (IANS) Xi …", not "(local time)").
 */
function isDateline(match: RegExpExecArray, head: string): boolean {
  const groups = match.groups ?? {};
  const named = !!groups.agency && /^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*$/u.test(groups.agency);
  const ends = !("separator" in groups) || groups.separator !== undefined || (named && groups.date);
  // A city in capitals before its separator ("SHANGHAI:", "BANGKOK/SHANGHAI:", "LIMA, Peru—") is a
  // dateline by itself: sentences do not open that way.
  // Not a speaker's label ("PRESIDENT BIDEN:"): the first word(s) must be a city the gazetteer knows.
  // So is a city the gazetteer knows before a dash with a space either side ("Beijing - Chinese …")
  // or a colon ("Abu Dhabi: Sheikh …", the Emirates' agency).
  const place = groups.place ?? "";
  const capitals =
    !!groups.separator &&
    (/^\p{Lu}[\p{Lu}.'’ /-]{2,}$/u.test(place) ||
      /^(?:\s+(?:--|—|–|-)|:)\s/.test(match[0].slice(place.length))) &&
    findPlaces(titleCased(place)).some((p) => p.start === 0 && p.place.kind === "city");
  return (
    !!(groups.date || groups.place) &&
    !!(groups.agency || groups.date || capitals) &&
    !!ends &&
    match[0].length < head.length
  );
}

/**
 * The dateline of the first body paragraph (after a short place line such as "The Kremlin, Moscow"),
 * and its day when it has one: the filing date, which relative days refer to (a dateline without a
 * year takes the stamp's, `publishedOn`).
 */
export function readDateline(
  text: string,
  paragraphs: CleanedReadout["paragraphs"],
  styles: HouseStyles,
  publishedOn: string | undefined,
): { dateline?: CleanedReadout["dateline"]; filedOn?: string } {
  const bodies = paragraphs.filter((p) => !p.heading).slice(0, 2);
  // A publisher's own dateline shapes are tried before the common one.
  const datelineShapes = [...styles.datelines, DATELINE];
  const datelineIn = (head: string) =>
    datelineShapes.map((shape) => shape.exec(head)).find((m) => m && isDateline(m, head));
  const firstBody = bodies.find((p) => datelineIn(text.slice(p.span[0], p.span[1]))) ?? bodies[0];
  if (!firstBody) return {};
  const head = text.slice(firstBody.span[0], firstBody.span[1]);
  const match = datelineIn(head);
  if (!match) return {};
  const groups = match.groups ?? {};
  const dateline = {
    span: [firstBody.span[0], firstBody.span[0] + match[0].length] as [number, number],
    agency: groups.agency?.trim(),
    place: groups.place?.trim(),
  };
  // A dated dateline is the filing date, so its day beats a stamp's for relative days (a page may
  // be stamped the next day).
  // An all-number day nothing decides ("03.04.2017") is read in the publisher's convention, else not at all.
  const undecided = groups.date && !styles.dayOrder && undecidedReadings(groups.date);
  const filedOn =
    groups.date && !undecided ? datelineDay(groups.date, publishedOn, styles.dayOrder) : undefined;
  return filedOn ? { dateline, filedOn } : { dateline };
}
