/**
 * The "Add readouts" flow (issue 9): read the files, import dataset files and backups at once,
 * extract texts in the worker with progress and cancel, then hold each extracted readout as a
 * draft for review until it is saved or discarded.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { presentTexts } from "../../data/dataset-of-meetings";
import { createExtractor, type ExtractProgress } from "../../data/extract-client";
import type { ExtractItem, ExtractOutcome } from "../../data/extract-protocol";
import type { LibraryActions } from "../../data/library-queries";
import type { CuratedEntry } from "../../domain/library";
import type { MeetingIndex } from "../../domain/meeting-index";
import { entriesToImport, extractItems, readBatch, type FileMessage } from "./import-files";
import { countOf, pluralNoun } from "../../domain/plural";

export type ExtractedOutcome = Extract<ExtractOutcome, { ok: true }>;

export interface Draft {
  item: ExtractItem;
  outcome: ExtractedOutcome;
  /** What the user entered in the dialog's optional fields, as curated entries with their note. */
  supplied: CuratedEntry[];
  /** The dialog's note, also used for corrections made in the review without a note of their own. */
  note: string;
}

export interface BatchFields {
  url: string;
  publisher: string;
  publishedOn: string;
  note: string;
}

// One worker for the page, created on the first extraction.
export const extractor = createExtractor();

function suppliedEntries(fields: BatchFields, outcome: ExtractedOutcome): CuratedEntry[] {
  const note = fields.note.trim();
  const entries: CuratedEntry[] = [];
  // A publication stamp in the text wins over a typed date (the pipeline used the stamp).
  if (fields.publishedOn && !outcome.textHasStamp)
    entries.push({ field: "publishedOn", value: fields.publishedOn, note });
  if (fields.publisher.trim()) entries.push({ field: "publisher", value: fields.publisher.trim(), note });
  if (fields.url.trim()) entries.push({ field: "url", value: fields.url.trim(), note });
  return entries;
}

export function useImportFlow(index: MeetingIndex, library: LibraryActions) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExtractProgress>();
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [messages, setMessages] = useState<FileMessage[]>([]);
  const abort = useRef<AbortController | undefined>(undefined);

  const extract = useCallback(
    /** Resolves to the names of the dataset and backup files it imported (they are dealt with). */
    async (pasted: string, files: readonly File[], fields: BatchFields): Promise<string[]> => {
      setBusy(true);
      // Drafts still waiting for review stay (the user may have corrected them); only a text
      // extracted again replaces its own draft, below.
      setMessages([]);
      const controller = new AbortController();
      abort.current = controller;
      const imported: string[] = [];
      try {
        const batch = await readBatch(files);
        const found: FileMessage[] = [...batch.messages];
        if (batch.datasets.length || batch.backups.length) {
          const ids = [
            ...batch.datasets.flatMap((d) => d.dataset.readouts.map((r) => r.id)),
            ...batch.backups.flatMap((b) => b.entries.map((e) => e.id)),
          ];
          const planned = entriesToImport(batch, await presentTexts(client, index, ids));
          try {
            if (planned.entries.length) await library.save(planned.entries);
            found.push(...planned.messages);
            imported.push(...batch.datasets.map((d) => d.name), ...batch.backups.map((b) => b.name));
          } catch (error) {
            found.push({ name: "import", kind: "error", message: (error as Error).message });
          }
        }
        const items = extractItems(pasted, batch.texts, {
          ...(fields.publishedOn ? { publishedOn: fields.publishedOn } : {}),
          ...(fields.publisher.trim() ? { publisher: fields.publisher.trim() } : {}),
          ...(fields.url.trim() ? { url: fields.url.trim() } : {}),
        });
        if (items.length === 0 && files.length === 0)
          found.push({
            name: "pasted text",
            kind: "error",
            message: "There is nothing to extract: paste a readout's text, or choose or drop files.",
          });
        setMessages([...found]);
        if (items.length === 0) return imported;
        const run = await extractor.run(items, { onProgress: setProgress, signal: controller.signal });
        const extracted: Draft[] = [];
        run.outcomes.forEach((outcome, i) => {
          const item = items[i]!;
          if (!outcome) return;
          if (outcome.ok)
            extracted.push({
              item,
              outcome,
              supplied: suppliedEntries(fields, outcome),
              note: fields.note.trim(),
            });
          else found.push({ name: item.name, kind: "error", message: outcome.error });
        });
        if (run.cancelled) {
          const left = run.outcomes.filter((o) => !o).length;
          found.push({
            name: "cancelled",
            kind: "info",
            message: `Cancelled: ${left} of ${countOf(items.length, "readout")} ${pluralNoun(left, "was", "were")} not extracted.`,
          });
        }
        setDrafts((waiting) => [
          ...waiting.filter((d) => !extracted.some((e) => e.item.raw === d.item.raw)),
          ...extracted,
        ]);
        setMessages(found);
        return imported;
      } catch (error) {
        setMessages((list) => [
          ...list,
          { name: "extraction", kind: "error", message: (error as Error).message },
        ]);
      } finally {
        setBusy(false);
        setProgress(undefined);
        abort.current = undefined;
      }
      return imported;
    },
    [client, index, library],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const drop = useCallback((id: string) => setDrafts((list) => list.filter((d) => d.item.id !== id)), []);
  const note = useCallback((message: FileMessage) => setMessages((list) => [...list, message]), []);
  return { busy, progress, drafts, messages, extract, cancel, drop, note };
}
