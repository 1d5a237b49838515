/**
 * What the Library view lists (issue 9): one row per stored readout with the meetings it gave,
 * and the totals. Pure, so the counts are unit-tested without a browser.
 */
import { meetingTitle, type NameIndex } from "./dataset-index";
import { entryReadout, type LibraryEntry } from "./library";

export interface LibraryRow {
  id: string;
  title: string;
  publisher: string;
  publishedOn?: string;
  origin: string;
  savedAt: string;
  meetings: { id: string; date: string; title: string }[];
  statements: number;
  /** How many of its facts the user supplied or corrected. */
  curated: number;
}

export interface LibrarySummary {
  rows: LibraryRow[];
  readouts: number;
  /** Distinct meetings the library's readouts describe. */
  meetings: number;
  statements: number;
}

export function librarySummary(entries: readonly LibraryEntry[], names: NameIndex): LibrarySummary {
  const meetingIds = new Set<string>();
  let statements = 0;
  // Newest first: what was just saved is at the top.
  const rows = [...entries].reverse().map((entry): LibraryRow => {
    const readout = entryReadout(entry);
    const count = entry.dataset.meetings.reduce((n, m) => n + m.statements.length, 0);
    statements += count;
    for (const m of entry.dataset.meetings) meetingIds.add(m.id);
    return {
      id: entry.id,
      title: readout.title,
      publisher: readout.publisher,
      ...(readout.publishedOn ? { publishedOn: readout.publishedOn } : {}),
      origin: entry.origin,
      savedAt: entry.savedAt,
      meetings: entry.dataset.meetings.map((m) => ({
        id: m.id,
        date: m.date,
        title: meetingTitle(names, m),
      })),
      statements: count,
      curated: entry.curated.length,
    };
  });
  return { rows, readouts: entries.length, meetings: meetingIds.size, statements };
}

/** "1.4 MB": a storage figure for people. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** "12 MB of 2 GB", or "unknown" when the browser does not say. */
export function storageText(use: { usedBytes?: number; quotaBytes?: number } | undefined): string {
  if (use?.usedBytes === undefined) return "unknown";
  const used = formatBytes(use.usedBytes);
  return use.quotaBytes ? `${used} of ${formatBytes(use.quotaBytes)} available to this site` : used;
}
