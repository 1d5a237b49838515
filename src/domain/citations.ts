/**
 * Citations to copy (issue 9): plain text and BibTeX for a readout, and for a meeting (its
 * accounts). Only what the dataset knows goes in: publisher, title, date, URL when known.
 */
import type { Meeting, Readout } from "./schema";
import { formatCalendarDay } from "./calendar-day";

export interface Citation {
  text: string;
  bibtex: string;
}

/** BibTeX's special characters, escaped so any title or publisher compiles. */
export function escapeBibtex(value: string): string {
  // One pass, so the braces of \textbackslash{} are not escaped again.
  return value.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_ESCAPES[char] ?? `\\${char}`);
}

const BIBTEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** A BibTeX key from an id: letters, digits, hyphens only. */
function bibKey(id: string): string {
  return id.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "readout";
}

// Publishers are corporate authors and titles keep their capitals: double braces stop BibTeX
// from splitting the one into names and lower-casing the other. URLs are verbatim.
function fieldValue(name: string, value: string): string {
  if (name === "url") return `{${value}}`;
  if (name === "author" || name === "title") return `{{${escapeBibtex(value)}}}`;
  return `{${escapeBibtex(value)}}`;
}

function bibtexEntry(key: string, fields: [string, string | undefined][]): string {
  const lines = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([name, value]) => `  ${name} = ${fieldValue(name, value)}`);
  return `@misc{${bibKey(key)},\n${lines.join(",\n")}\n}`;
}

function sentence(value: string): string {
  return /[.!?]$/.test(value) ? value : `${value}.`;
}

export function readoutCitation(readout: Readout): Citation {
  const title = readout.title.trim() || "Untitled readout";
  const date = readout.publishedOn ? formatCalendarDay(readout.publishedOn) : "n.d.";
  const text = [sentence(readout.publisher), `“${sentence(title)}”`, sentence(date), readout.url]
    .filter(Boolean)
    .join(" ");
  const bibtex = bibtexEntry(readout.id, [
    ["author", readout.publisher],
    ["title", title],
    ["date", readout.publishedOn],
    ["year", readout.publishedOn?.slice(0, 4)],
    ["url", readout.url],
    ["note", "Meeting readout"],
  ]);
  return { text, bibtex };
}

/** A meeting cited through its accounts: "Meeting of A and B, 16 May 2024. Accounts: …". */
export function meetingCitation(meeting: Meeting, title: string, readouts: readonly Readout[]): Citation {
  const heading = `Meeting of ${title.replace(" – ", " and ")}, ${formatCalendarDay(meeting.date)}`;
  const accounts = readouts.map((r) => readoutCitation(r).text).join(" ");
  const text = `${heading}. Accounts: ${accounts}`;
  const bibtex = bibtexEntry(meeting.id, [
    ["title", heading],
    ["date", meeting.date],
    ["year", meeting.date.slice(0, 4)],
    ["note", `Accounts: ${readouts.map((r) => r.publisher).join("; ")}`],
    ["url", readouts.find((r) => r.url)?.url],
  ]);
  return { text, bibtex };
}
