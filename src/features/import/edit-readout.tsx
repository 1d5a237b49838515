import { useEffect, useState } from "react";
import type { LibraryActions } from "../../data/library-queries";
import { entryReadout, type LibraryEntry } from "../../domain/library";
import { saveReviewed } from "./draft-entry";
import { Problem } from "./field";
import { ReviewItem } from "./review-item";
import { extractor, type ExtractedOutcome } from "./use-import-flow";

export interface EditReadoutProps {
  entry: LibraryEntry;
  library: LibraryActions;
  /** Called once the changes are saved (true) or the edit is cancelled (false). */
  onDone(saved: boolean): void;
}

/**
 * A stored readout back in the review (Library → Edit). Its text is extracted again in the worker
 * (the pipeline is deterministic), so the review shows what the text says beside the user's
 * curated entries with their notes; saving replaces the entry in one transaction and keeps its
 * place in the library's order.
 */
export function EditReadout({ entry, library, onDone }: EditReadoutProps) {
  const [outcome, setOutcome] = useState<ExtractedOutcome>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    const readout = entryReadout(entry);
    const curatedPublisher = entry.curated.some((c) => c.field === "publisher");
    void extractor
      .run(
        [
          {
            id: entry.id,
            name: entry.origin,
            raw: readout.text,
            // The stored text lost its headline at import: without the title the review would
            // show (and saving would store) the first sentence instead.
            title: readout.title,
            ...(readout.publishedOn ? { publishedOn: readout.publishedOn } : {}),
            ...(curatedPublisher ? { publisher: readout.publisher, perspective: readout.perspective } : {}),
          },
        ],
        { signal: controller.signal },
      )
      .then((run) => {
        const found = run.outcomes[0];
        if (found?.ok) setOutcome(found);
        else if (found) setError(found.error);
      })
      .catch((failure: unknown) => setError((failure as Error).message));
    return () => controller.abort();
  }, [entry]);

  if (error) return <Problem text={`This readout cannot be reopened for review: ${error}`} />;
  if (!outcome) return <p role="status">Reading the stored readout again…</p>;
  return (
    <ReviewItem
      dataset={outcome.dataset}
      dateHow={outcome.dateHow}
      warnings={outcome.warnings}
      supplied={entry.curated}
      origin={entry.origin}
      saveLabel="Save changes"
      discardLabel="Cancel"
      onDiscard={() => onDone(false)}
      onSave={async (entries) => {
        const error = await saveReviewed(
          library,
          {
            id: entry.id,
            origin: entry.origin,
            dataset: outcome.dataset,
            dateHow: outcome.dateHow,
            curated: entry.curated,
            savedAt: entry.savedAt,
          },
          entries,
        );
        if (error) return error;
        onDone(true);
        return undefined;
      }}
    />
  );
}
