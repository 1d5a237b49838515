import type { LibraryActions } from "../../data/library-queries";
import { curateExtraction } from "../../domain/curate";
import {
  LIBRARY_ENTRY_VERSION,
  libraryEntrySchema,
  type CuratedEntry,
  type LibraryEntry,
} from "../../domain/library";
import type { Dataset } from "../../domain/schema";

export interface EntrySource {
  id: string;
  origin: string;
  dataset: Dataset;
  dateHow: Readonly<Record<string, string>>;
  /** Entries already stored (when editing), replaced by new ones for the same field and target. */
  curated?: readonly CuratedEntry[];
  savedAt?: string;
}

const sameFact = (a: CuratedEntry, b: CuratedEntry) => a.field === b.field && a.target === b.target;

/**
 * The library entry a review saves: the fragment with the user's entries applied, checked against
 * the schema (a date like 2020-02-30 or a span a correction broke is refused with the reason).
 */
export function entryFromReview(
  source: EntrySource,
  entries: readonly CuratedEntry[],
): { entry: LibraryEntry } | { error: string } {
  const kept = (source.curated ?? []).filter((old) => !entries.some((e) => sameFact(old, e)));
  let dataset: Dataset;
  try {
    dataset = curateExtraction(source.dataset, source.dateHow, entries);
  } catch (error) {
    return { error: `These corrections cannot be applied: ${(error as Error).message}` };
  }
  const parsed = libraryEntrySchema.safeParse({
    version: LIBRARY_ENTRY_VERSION,
    id: source.id,
    origin: source.origin,
    savedAt: source.savedAt ?? new Date().toISOString(),
    dataset,
    curated: [...kept, ...entries],
  });
  if (parsed.success) return { entry: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    error: `This readout cannot be saved with these corrections (${issue.path.slice(-2).join(".")}: ${issue.message}); check the dates and names you entered.`,
  };
}

/**
 * Makes the entry and stores it in one transaction: resolves to the message to show when either
 * step fails (a correction the schema refuses, a full quota), or undefined once saved.
 */
export async function saveReviewed(
  library: Pick<LibraryActions, "save">,
  source: EntrySource,
  entries: readonly CuratedEntry[],
): Promise<string | undefined> {
  const made = entryFromReview(source, entries);
  if ("error" in made) return made.error;
  try {
    await library.save([made.entry]);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
