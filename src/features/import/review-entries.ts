/**
 * The review's form values to curated entries (pure): only what the user changed becomes an entry,
 * each with the user's note; what was entered in the dialog's optional fields is kept unless the
 * review changed the same field.
 */
import type { CuratedEntry } from "../../domain/library";
import type { Dataset, Meeting } from "../../domain/schema";

export interface ReviewValues {
  publisher: string;
  perspective: string;
  url: string;
  publishedOn: string;
  dates: Record<string, string>;
  places: Record<string, string>;
  /** statement id → corrected speaker id */
  speakers: Record<string, string>;
  note: string;
}

export function placeText(meeting: Meeting): string {
  const { venue, city, country } = meeting.location ?? {};
  return [venue, city, country].filter(Boolean).join(", ");
}

/**
 * The form's starting values: what was found, with what the user already supplied on top (the
 * dialog's fields, or a stored readout's curated entries when it is edited).
 */
export function initialValues(dataset: Dataset, supplied: readonly CuratedEntry[] = []): ReviewValues {
  const readout = dataset.readouts[0]!;
  const values: ReviewValues = {
    publisher: readout.publisher,
    perspective: readout.perspective,
    url: readout.url ?? "",
    publishedOn: readout.publishedOn ?? "",
    dates: Object.fromEntries(dataset.meetings.map((m) => [m.id, m.date])),
    places: Object.fromEntries(dataset.meetings.map((m) => [m.id, placeText(m)])),
    speakers: {},
    note: "",
  };
  for (const entry of supplied) {
    if (entry.field === "date" && entry.target) values.dates[entry.target] = entry.value;
    else if (entry.field === "location" && entry.target) values.places[entry.target] = entry.value;
    else if (entry.field === "speaker" && entry.target) values.speakers[entry.target] = entry.value;
    else if (entry.field !== "date" && entry.field !== "location" && entry.field !== "speaker")
      values[entry.field] = entry.value;
  }
  return values;
}

const sameFact = (a: CuratedEntry, b: CuratedEntry) => a.field === b.field && a.target === b.target;

/**
 * `batchNote` is the note the Add readouts dialog was given: a correction made in the review
 * without a note of its own takes it, so one note is enough (asking again blocked the save).
 */
export function reviewEntries(
  dataset: Dataset,
  values: ReviewValues,
  supplied: readonly CuratedEntry[],
  batchNote = "",
): CuratedEntry[] {
  // Only what differs from the starting values is new; the rest of `supplied` is kept as it was.
  const start = initialValues(dataset, supplied);
  const note = values.note.trim() || batchNote.trim();
  const entries: CuratedEntry[] = [];
  for (const field of ["publisher", "perspective", "url", "publishedOn"] as const) {
    const value = values[field].trim();
    if (value && value !== start[field]) entries.push({ field, value, note });
  }
  for (const meeting of dataset.meetings) {
    const date = values.dates[meeting.id]?.trim();
    if (date && date !== start.dates[meeting.id])
      entries.push({ field: "date", target: meeting.id, value: date, note });
    const place = values.places[meeting.id]?.trim();
    if (place && place !== start.places[meeting.id])
      entries.push({ field: "location", target: meeting.id, value: place, note });
  }
  for (const [target, speaker] of Object.entries(values.speakers)) {
    const statement = dataset.meetings.flatMap((m) => m.statements).find((s) => s.id === target);
    if (statement && speaker && speaker !== (start.speakers[target] ?? statement.speaker))
      entries.push({ field: "speaker", target, value: speaker, note });
  }
  return [...supplied.filter((old) => !entries.some((e) => sameFact(old, e))), ...entries];
}

/** Why the entries cannot be saved yet, or undefined. */
export function reviewProblem(values: ReviewValues, entries: readonly CuratedEntry[]): string | undefined {
  if (entries.some((e) => !e.note))
    return "Write a note saying how you know what you supplied or corrected: it is stored with each entry and shown as curated.";
  if (values.url.trim() && !/^https?:\/\/\S+$/i.test(values.url.trim()))
    return "The URL must start with http:// or https://.";
  if (Object.values(values.dates).some((d) => d && !/^\d{4}-\d{2}-\d{2}$/.test(d)))
    return "A date must be written YYYY-MM-DD.";
  return undefined;
}
