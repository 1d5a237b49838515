/**
 * Applies what the user supplied or corrected in the review (issue 9) to an extracted readout.
 * Every change becomes curated provenance with the user's note: nothing is shown as if the text
 * had said it (docs/architecture.md, "What the app is for").
 */
import type { CuratedEntry } from "./library";
import type { Dataset, Meeting, Perspective, Provenance } from "./schema";
import { JOINT, NARRATOR, perspectiveSchema } from "./schema";

const curated = (note: string): Provenance => ({ source: "curated", note });

/** "venue, city, country" · "city, country" · "city": how a corrected place is typed. */
export function parsePlace(value: string): NonNullable<Meeting["location"]> {
  const parts = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length >= 3)
    return { venue: parts.slice(0, -2).join(", "), city: parts.at(-2)!, country: parts.at(-1)! };
  if (parts.length === 2) return { city: parts[0]!, country: parts[1]! };
  return { city: parts[0] ?? value };
}

function correctMeeting(meeting: Meeting, entry: CuratedEntry): Meeting {
  if (entry.field === "date")
    return {
      ...meeting,
      id: meeting.id.replace(/^\d{4}-\d{2}-\d{2}/, entry.value),
      date: entry.value,
      provenance: correctedProvenance(meeting, "date", `Date corrected by you to ${entry.value}`, entry),
    };
  if (entry.field === "location")
    return {
      ...meeting,
      location: parsePlace(entry.value),
      provenance: correctedProvenance(meeting, "location", `Place corrected by you to ${entry.value}`, entry),
    };
  if (entry.field === "speaker") {
    return {
      ...meeting,
      statements: meeting.statements.map((statement) => {
        if (statement.id !== entry.target) return statement;
        return { ...statement, speaker: entry.value, party: partyOfSpeaker(meeting, entry.value) };
      }),
    };
  }
  return meeting;
}

/** The meeting's provenance with one field marked as the user's correction, with their note. */
function correctedProvenance(
  meeting: Meeting,
  field: "date" | "location",
  what: string,
  entry: CuratedEntry,
): Meeting["provenance"] {
  return { ...meeting.provenance, [field]: curated(`${what}: ${entry.note}`) };
}

function partyOfSpeaker(meeting: Meeting, speaker: string): string {
  if (speaker === JOINT || speaker === NARRATOR) return speaker;
  const side = meeting.sides.find((s) => s.principal === speaker || s.attendees.includes(speaker));
  return side?.party ?? meeting.counterpart;
}

/**
 * A publication date the user supplied resolves a day and month ("On February 7") to a year: the
 * date's provenance becomes curated, naming the words from the text and where the year came from.
 * `relies` lists the meetings whose date the pipeline resolved from the publication date.
 */
export function markSuppliedPublicationDate(
  dataset: Dataset,
  entry: CuratedEntry,
  relies: ReadonlySet<string>,
): Dataset {
  const readout = dataset.readouts[0];
  return {
    ...dataset,
    meetings: dataset.meetings.map((meeting) => {
      const provenance = meeting.provenance.date;
      if (!relies.has(meeting.id) || provenance.source !== "text") return meeting;
      const words = readout?.text.slice(provenance.span[0], provenance.span[1]) ?? "the text";
      const note = `"${words}" is in the text; the date is resolved with the publication date ${entry.value} you supplied: ${entry.note}`;
      return { ...meeting, provenance: { ...meeting.provenance, date: curated(note) } };
    }),
  };
}

/**
 * The fragment with every curated entry applied. Entries name meetings by their extracted id, and a
 * corrected date changes the id, so dates are applied last.
 */
export function applyCurated(dataset: Dataset, entries: readonly CuratedEntry[]): Dataset {
  let result = dataset;
  const ordered = [...entries].sort((a, b) => Number(a.field === "date") - Number(b.field === "date"));
  for (const entry of ordered) {
    if (entry.field === "date" || entry.field === "location" || entry.field === "speaker") {
      const meetings = result.meetings.map((meeting) => {
        const applies =
          entry.field === "speaker"
            ? meeting.statements.some((s) => s.id === entry.target)
            : meeting.id === entry.target;
        return applies ? correctMeeting(meeting, entry) : meeting;
      });
      result = { ...result, meetings };
      continue;
    }
    result = {
      ...result,
      readouts: result.readouts.map((readout) => {
        if (entry.field === "perspective") {
          const perspective: Perspective = perspectiveSchema.parse(entry.value);
          return { ...readout, perspective };
        }
        return { ...readout, [entry.field]: entry.value };
      }),
    };
  }
  return result;
}

/**
 * What the review saves: the extracted fragment with the user's entries applied. A supplied
 * publication date first marks the dates it resolved (`dateHow` says which: "relative to the
 * publication date"), then every entry is applied.
 */
export function curateExtraction(
  dataset: Dataset,
  dateHow: Readonly<Record<string, string>>,
  entries: readonly CuratedEntry[],
): Dataset {
  const supplied = entries.find((entry) => entry.field === "publishedOn");
  const relies = new Set(
    Object.entries(dateHow)
      .filter(([, how]) => how.includes("publication date"))
      .map(([id]) => id),
  );
  const marked = supplied ? markSuppliedPublicationDate(dataset, supplied, relies) : dataset;
  return applyCurated(marked, entries);
}
