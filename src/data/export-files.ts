/**
 * The files "Export" offers (issue 9), assembled from the atlas: the filtered meetings as a Dataset
 * (valid against dataset.schema.json, importable again), as two CSV files joined by meeting id, and
 * the user's library as one backup.
 */
import type { QueryClient } from "@tanstack/react-query";
import { meetingsCsv, statementsCsv } from "../domain/csv-export";
import { exportMeetings } from "../domain/export-dataset";
import { exportFileName, type ExportKind } from "../domain/export-names";
import type { MeetingSummary } from "../domain/index-schema";
import { libraryBackup, type LibraryEntry } from "../domain/library";
import type { MeetingIndex } from "../domain/meeting-index";
import { datasetOfMeetings } from "./dataset-of-meetings";

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export interface ExportSource {
  client: QueryClient;
  index: MeetingIndex;
  /** The meetings currently shown (after filters and search). */
  meetings: readonly MeetingSummary[];
  entries: readonly LibraryEntry[];
}

const JSON_TYPE = "application/json";
// A byte-order mark makes spreadsheet programs read the CSV as UTF-8 (names with accents survive).
const CSV_TYPE = "text/csv;charset=utf-8";
const BOM = "\uFEFF";

export async function exportFile(
  kind: ExportKind,
  source: ExportSource,
  now = new Date(),
): Promise<ExportFile> {
  const name = exportFileName(kind, now);
  if (kind === "library-backup")
    return { name, type: JSON_TYPE, text: `${JSON.stringify(libraryBackup(source.entries), null, 2)}\n` };
  const { dataset, meetings } = await datasetOfMeetings(source.client, source.index, source.meetings);
  if (kind === "meetings-json")
    return { name, type: JSON_TYPE, text: `${JSON.stringify(exportMeetings(dataset, meetings), null, 2)}\n` };
  const csv = kind === "meetings-csv" ? meetingsCsv(dataset, meetings) : statementsCsv(dataset, meetings);
  return { name, type: CSV_TYPE, text: `${BOM}${csv}\r\n` };
}
