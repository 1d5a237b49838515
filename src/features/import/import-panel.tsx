import { useEffect } from "react";
import { Button } from "../../components/button";
import { entryFromReview, saveReviewed } from "./draft-entry";
import { ExtractProgress } from "./extract-progress";
import { FileMessages } from "./file-messages";
import { ImportForm } from "./import-form";
import { ReviewItem } from "./review-item";
import { useImportFlow, type Draft } from "./use-import-flow";
import type { AddReadoutsProps } from "./add-readouts";

/** The Add readouts dialog's body: the form, the extraction's progress and the review. */
export function ImportPanel({ index, library }: AddReadoutsProps) {
  const flow = useImportFlow(index, library);
  const { cancel } = flow;
  // Closing the dialog stops an extraction under way.
  useEffect(() => cancel, [cancel]);

  const save = async (draft: Draft, entries: Parameters<typeof entryFromReview>[1]) => {
    const error = await saveReviewed(
      library,
      {
        id: draft.item.id,
        origin: draft.item.name,
        dataset: draft.outcome.dataset,
        dateHow: draft.outcome.dateHow,
      },
      entries,
    );
    if (error) return error;
    flow.drop(draft.item.id);
    flow.note({
      name: draft.item.name,
      kind: "info",
      message: `Saved “${draft.outcome.dataset.readouts[0]!.title || draft.item.name}” to your library.`,
    });
    return undefined;
  };

  const saveAll = async () => {
    const made = flow.drafts.map((d) => ({
      draft: d,
      made: entryFromReview(
        { id: d.item.id, origin: d.item.name, dataset: d.outcome.dataset, dateHow: d.outcome.dateHow },
        d.supplied,
      ),
    }));
    const entries = made.flatMap((m) => ("entry" in m.made ? [m.made.entry] : []));
    try {
      await library.save(entries);
    } catch (error) {
      flow.note({ name: "library", kind: "error", message: (error as Error).message });
      return;
    }
    for (const m of made) if ("entry" in m.made) flow.drop(m.draft.item.id);
    flow.note({
      name: "library",
      kind: "info",
      message: `Saved ${entries.length} readouts to your library.`,
    });
  };

  return (
    <>
      <ImportForm
        busy={flow.busy}
        onExtract={(pasted, files, fields) => void flow.extract(pasted, files, fields)}
      />
      {flow.busy && <ExtractProgress progress={flow.progress} onCancel={flow.cancel} />}
      <FileMessages messages={flow.messages} />
      {flow.drafts.length > 0 && (
        <section aria-label="Review" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-base font-semibold">Review before saving ({flow.drafts.length})</h3>
            {flow.drafts.length > 1 && <Button onClick={() => void saveAll()}>Save all to library</Button>}
          </div>
          {flow.drafts.map((draft) => (
            <ReviewItem
              key={draft.item.id}
              dataset={draft.outcome.dataset}
              dateHow={draft.outcome.dateHow}
              warnings={draft.outcome.warnings}
              supplied={draft.supplied}
              origin={draft.item.name}
              saveLabel="Save to library"
              onSave={(entries) => save(draft, entries)}
              onDiscard={() => flow.drop(draft.item.id)}
            />
          ))}
        </section>
      )}
    </>
  );
}
