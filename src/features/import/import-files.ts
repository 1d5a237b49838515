/**
 * Turns what the user gave the dialog into work: readout texts to extract, and library entries
 * ready to save from dataset files (an export, or `npm run extract -- DIR --json`) and library
 * backups. Every file that cannot be used becomes one message naming it.
 */
import { readReadoutFile } from "../../data/read-readout-file";
import type { ExtractItem } from "../../data/extract-protocol";
import { planImport } from "../../domain/export-dataset";
import { LIBRARY_ENTRY_VERSION, type LibraryEntry } from "../../domain/library";
import type { Dataset } from "../../domain/schema";

export interface FileMessage {
  name: string;
  message: string;
  kind: "error" | "info";
}

export interface ReadBatch {
  texts: { name: string; raw: string }[];
  /** Dataset files and backups, read but not yet checked against what the atlas holds. */
  datasets: { name: string; dataset: Dataset }[];
  backups: { name: string; entries: LibraryEntry[] }[];
  messages: FileMessage[];
}

export async function readBatch(files: readonly File[]): Promise<ReadBatch> {
  const batch: ReadBatch = { texts: [], datasets: [], backups: [], messages: [] };
  for (const file of files) {
    const read = await readReadoutFile(file);
    if (read.kind === "text") batch.texts.push({ name: read.name, raw: read.text });
    else if (read.kind === "dataset") batch.datasets.push({ name: read.name, dataset: read.dataset });
    else if (read.kind === "backup") {
      batch.backups.push({ name: read.name, entries: read.entries });
      for (const problem of read.problems)
        batch.messages.push({ name: read.name, kind: "error", message: `${read.name}: ${problem.message}` });
    } else batch.messages.push({ name: read.name, kind: "error", message: read.message });
  }
  return batch;
}

let counter = 0;
/** A readout id no bundled readout can have (ADR 008: library ids start with "yours-"). */
export function newReadoutId(): string {
  counter += 1;
  return `yours-${Date.now().toString(36)}-${counter}`;
}

/** Save times one millisecond apart keep a batch in the order it was given. */
export function savedAtSequence(): () => string {
  const start = Date.now();
  let n = 0;
  return () => new Date(start + n++).toISOString();
}

/**
 * Library entries for the readouts of dataset files and backups that the atlas lacks; each readout
 * left out gets a message saying why. `present` maps readout ids in the atlas to their text.
 */
export function entriesToImport(
  batch: Pick<ReadBatch, "datasets" | "backups">,
  present: ReadonlyMap<string, string>,
): { entries: LibraryEntry[]; messages: FileMessage[] } {
  const next = savedAtSequence();
  const entries: LibraryEntry[] = [];
  const messages: FileMessage[] = [];
  const taken = new Map(present);
  for (const { name, dataset } of batch.datasets) {
    const plan = planImport(dataset, taken);
    for (const fragment of plan.fragments) {
      const readout = fragment.readouts[0]!;
      taken.set(readout.id, readout.text);
      entries.push({
        version: LIBRARY_ENTRY_VERSION,
        id: readout.id,
        origin: name,
        savedAt: next(),
        dataset: fragment,
        curated: [],
      });
    }
    messages.push(importedMessage(name, plan.fragments.length, plan.skipped));
  }
  for (const { name, entries: stored } of batch.backups) {
    const fresh = stored.filter((entry) => !taken.has(entry.id));
    for (const entry of fresh) taken.set(entry.id, "");
    entries.push(...fresh);
    const skipped = stored
      .filter((entry) => !fresh.includes(entry))
      .map((entry) => `"${entry.id}" is already in the atlas.`);
    messages.push(importedMessage(name, fresh.length, skipped));
  }
  return { entries, messages };
}

function importedMessage(name: string, count: number, skipped: readonly string[]): FileMessage {
  const what = `${name}: ${count === 1 ? "1 readout" : `${count} readouts`} added to your library`;
  return {
    name,
    kind: count === 0 && skipped.length > 0 ? "error" : "info",
    message: skipped.length ? `${what}; left out: ${skipped.join(" ")}` : `${what}.`,
  };
}

/** What to extract: the pasted text (if any) and every text file, with the batch's optional fields. */
export function extractItems(
  pasted: string,
  texts: ReadBatch["texts"],
  fields: Pick<ExtractItem, "publishedOn" | "publisher" | "perspective" | "url">,
): ExtractItem[] {
  const sources = [...(pasted.trim() ? [{ name: "pasted text", raw: pasted }] : []), ...texts];
  return sources.map((source) => ({ id: newReadoutId(), ...source, ...fields }));
}
