/**
 * Turns what the user gave the dialog into work: readout texts to extract, and library entries
 * ready to save from dataset files (an export, or `npm run extract -- DIR --json`) and library
 * backups. Every file that cannot be used becomes one message naming it.
 */
import { readReadoutFile } from "../../data/read-readout-file";
import type { ExtractItem } from "../../data/extract-protocol";
import { planImport } from "../../domain/export-dataset";
import { entryReadout, LIBRARY_ENTRY_VERSION, type LibraryEntry } from "../../domain/library";
import type { Dataset } from "../../domain/schema";
import { countOf, pluralNoun } from "../../domain/plural";

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
    messages.push(...importedMessages(name, "the atlas", plan));
  }
  for (const { name, entries: stored } of batch.backups) {
    const fresh = stored.filter((entry) => !taken.has(entry.id));
    for (const entry of fresh) taken.set(entry.id, "");
    entries.push(...fresh);
    const title = (entry: LibraryEntry) => `“${entryReadout(entry).title || entry.origin}”`;
    const present = stored.filter((entry) => !fresh.includes(entry));
    messages.push(
      ...importedMessages(name, "your library", {
        fragments: fresh,
        present: present.filter((e) => taken.get(e.id) === entryReadout(e).text).map(title),
        skipped: present
          .filter((e) => taken.get(e.id) !== entryReadout(e).text)
          .map(
            (e) =>
              `${title(e)}: your library holds another version of it; remove that one first to restore this.`,
          ),
      }),
    );
  }
  return { entries, messages };
}

/**
 * What an imported file gave: readouts added, and those already there (a calm status: restoring a
 * backup twice is no error); readouts that could not be imported are errors, named by title.
 */
function importedMessages(
  name: string,
  where: string,
  plan: { fragments: readonly unknown[]; present: readonly string[]; skipped: readonly string[] },
): FileMessage[] {
  const added = plan.fragments.length;
  const there = plan.present.length;
  const messages: FileMessage[] = [];
  if (added > 0 || there === 0) {
    const also = there ? `; ${there} ${pluralNoun(there, "was", "were")} there already` : "";
    const what = `${name}: ${countOf(added, "readout")} added to your library`;
    messages.push({
      name,
      kind: added === 0 && plan.skipped.length ? "error" : "info",
      message: `${what}${also}.`,
    });
  } else {
    const all = plan.skipped.length
      ? `${countOf(there, "readout")} in it ${pluralNoun(there, "is", "are")}`
      : there === 1
        ? "the readout in it is"
        : `all ${there} readouts in it are`;
    messages.push({ name, kind: "info", message: `${name}: ${all} already in ${where}; nothing was added.` });
  }
  for (const problem of plan.skipped) messages.push({ name, kind: "error", message: `${name}: ${problem}` });
  return messages;
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
