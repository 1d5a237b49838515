/**
 * File names of what "Export" downloads (issue 9): what it holds and the day it was made, so a
 * folder of exports sorts by date and says what each file is (readout-atlas-meetings-2024-05-16.csv).
 */

export type ExportKind = "meetings-json" | "meetings-csv" | "statements-csv" | "library-backup";

const STEMS: Record<ExportKind, string> = {
  "meetings-json": "readout-atlas-meetings",
  "meetings-csv": "readout-atlas-meetings",
  "statements-csv": "readout-atlas-statements",
  "library-backup": "readout-atlas-library",
};

const EXTENSIONS: Record<ExportKind, string> = {
  "meetings-json": "json",
  "meetings-csv": "csv",
  "statements-csv": "csv",
  "library-backup": "json",
};

/** The person's own calendar day, not UTC: an export made late in the evening is dated that evening. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function exportFileName(kind: ExportKind, now: Date): string {
  return `${STEMS[kind]}-${localDay(now)}.${EXTENSIONS[kind]}`;
}
