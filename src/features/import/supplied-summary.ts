/**
 * "You supplied: publication date 10 October 2019; perspective Counterpart's government; …": what
 * the user supplied or corrected, in the words the review's fields use, never the stored slugs
 * ("publishedOn", "counterpart", an actor id).
 */
import { formatCalendarDay } from "../../domain/calendar-day";
import { actorName, type NameIndex } from "../../domain/dataset-index";
import { PERSPECTIVE_LABELS } from "../../domain/labels";
import type { CuratedEntry, CuratedField } from "../../domain/library";
import { isIsoDay, PERSPECTIVES, type Perspective } from "../../domain/schema";

const FIELD_WORDS: Record<CuratedField, string> = {
  publishedOn: "publication date",
  publisher: "publisher",
  perspective: "perspective",
  url: "URL",
  date: "meeting date",
  location: "place",
  speaker: "a statement's speaker",
};

const isPerspective = (value: string): value is Perspective =>
  (PERSPECTIVES as readonly string[]).includes(value);

function valueWords(entry: CuratedEntry, names: NameIndex): string {
  const { field, value } = entry;
  if ((field === "publishedOn" || field === "date") && isIsoDay(value)) return formatCalendarDay(value);
  if (field === "perspective" && isPerspective(value)) return PERSPECTIVE_LABELS[value];
  if (field === "speaker") return actorName(names, value);
  return value;
}

export function suppliedSummary(entries: readonly CuratedEntry[], names: NameIndex): string {
  return entries.map((entry) => `${FIELD_WORDS[entry.field]} ${valueWords(entry, names)}`).join("; ");
}
