/**
 * The user's library (issue 9): readouts extracted in the browser and kept in IndexedDB. One entry
 * holds one readout as a self-contained Dataset fragment (valid against the dataset schema), plus
 * the facts the user supplied or corrected, each with the user's note, so the app can show them as
 * curated and never as if the text said them.
 */
import { z } from "zod";
import { datasetSchema, type Dataset } from "./schema";

export const LIBRARY_ENTRY_VERSION = 1 as const;

/** Which fact a curated entry supplies or corrects. */
export const curatedFieldSchema = z.enum([
  "publishedOn",
  "publisher",
  "perspective",
  "url",
  "date",
  "location",
  "speaker",
]);

export const curatedEntrySchema = z.object({
  field: curatedFieldSchema,
  /** The meeting id (date, location) or statement id (speaker) it applies to; absent for readout fields. */
  target: z.string().min(1).optional(),
  value: z.string().min(1),
  /** The user's reason, shown wherever the fact is. */
  note: z.string().min(1),
});

export const libraryEntrySchema = z.object({
  version: z.literal(LIBRARY_ENTRY_VERSION),
  /** The readout's id; also the storage key. */
  id: z.string().min(1),
  /** Where it came from: a file name, or "pasted text". */
  origin: z.string().min(1),
  /** ISO timestamp of the save; library readouts merge in this order. */
  savedAt: z.string().min(1),
  dataset: datasetSchema,
  curated: z.array(curatedEntrySchema),
});

export type CuratedField = z.infer<typeof curatedFieldSchema>;
export type CuratedEntry = z.infer<typeof curatedEntrySchema>;
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

/** A stored value that does not parse: reported to the user, never dropped silently. */
export interface LibraryProblem {
  key: string;
  message: string;
}

/** Validates what storage returned: good entries are kept, each bad one becomes a problem naming it. */
export function parseLibraryEntries(stored: readonly [key: string, value: unknown][]): {
  entries: LibraryEntry[];
  problems: LibraryProblem[];
} {
  const entries: LibraryEntry[] = [];
  const problems: LibraryProblem[] = [];
  for (const [key, value] of stored) {
    const result = libraryEntrySchema.safeParse(value);
    if (result.success && result.data.id === key) entries.push(result.data);
    else {
      const issue = result.success ? "its id does not match its key" : describeIssue(result.error);
      problems.push({ key, message: `The stored readout "${key}" is damaged (${issue}); it was skipped.` });
    }
  }
  entries.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
  return { entries, problems };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join(".") || "(root)"}: ${issue.message}`;
}

/** The readout an entry holds (an entry's fragment always has exactly one). */
export function entryReadout(entry: LibraryEntry): Dataset["readouts"][number] {
  return entry.dataset.readouts[0]!;
}

/** The whole library in one file ("Export" → library backup); restoring keeps every curated note. */
export const LIBRARY_BACKUP_FORMAT = "readout-atlas-library" as const;

export interface LibraryBackup {
  format: typeof LIBRARY_BACKUP_FORMAT;
  version: typeof LIBRARY_ENTRY_VERSION;
  entries: LibraryEntry[];
}

export function libraryBackup(entries: readonly LibraryEntry[]): LibraryBackup {
  return { format: LIBRARY_BACKUP_FORMAT, version: LIBRARY_ENTRY_VERSION, entries: [...entries] };
}

/** Whether parsed JSON claims to be a library backup (then it is read entry by entry). */
export function isLibraryBackup(raw: unknown): raw is { format: string; entries: unknown } {
  return (
    typeof raw === "object" && raw !== null && (raw as { format?: unknown }).format === LIBRARY_BACKUP_FORMAT
  );
}

/** A backup's entries: the good ones, and a problem for each damaged one. */
export function parseLibraryBackup(raw: { entries: unknown }): ReturnType<typeof parseLibraryEntries> {
  const list = Array.isArray(raw.entries) ? raw.entries : [];
  return parseLibraryEntries(
    list.map((value, i) => [String((value as { id?: unknown } | null)?.id ?? `entry ${i + 1}`), value]),
  );
}

/** Readout-level facts the user supplied (publisher, perspective, URL, publication date). */
export type ReadoutCurated = Partial<Record<"publisher" | "perspective" | "url" | "publishedOn", string>>;

const READOUT_FIELDS = new Set<CuratedField>(["publisher", "perspective", "url", "publishedOn"]);

/**
 * Each library readout with the note of every readout-level fact the user supplied: how the app
 * knows it is "yours" and which of its facts to show as curated rather than as the text's.
 */
export function ownReadouts(entries: readonly LibraryEntry[]): ReadonlyMap<string, ReadoutCurated> {
  const own = new Map<string, ReadoutCurated>();
  for (const entry of entries) {
    const notes: ReadoutCurated = {};
    for (const c of entry.curated)
      if (READOUT_FIELDS.has(c.field)) notes[c.field as keyof ReadoutCurated] = c.note;
    own.set(entryReadout(entry).id, notes);
  }
  return own;
}
