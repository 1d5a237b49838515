import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button";
import { useDialogBody } from "../../components/dialog-open";
import { entryReadout, type LibraryEntry } from "../../domain/library";
import { findDuplicate, type LibraryDuplicate } from "../../domain/library-duplicates";
import { entryFromReview, type EntrySource } from "./draft-entry";
import { DuplicateChoice } from "./duplicate-choice";
import { ExtractProgress } from "./extract-progress";
import { FileMessages } from "./file-messages";
import { ImportForm } from "./import-form";
import { ReviewItem } from "./review-item";
import { useImportFlow, type Draft } from "./use-import-flow";
import type { AddReadoutsProps } from "./add-readouts";
import { countOf } from "../../domain/plural";

const sourceOf = (draft: Draft): EntrySource => ({
  id: draft.item.id,
  origin: draft.item.name,
  dataset: draft.outcome.dataset,
  dateHow: draft.outcome.dateHow,
});

const titleOf = (entry: LibraryEntry) => entryReadout(entry).title || entry.origin;

/** A save waiting for the user's choice: the entry made, and the stored copy it repeats. */
interface Held {
  entry: LibraryEntry;
  duplicate: LibraryDuplicate;
}

/** The Add readouts dialog's body: the form, the extraction's progress and the review. */
export function ImportPanel({ index, library, entries: stored }: AddReadoutsProps) {
  const flow = useImportFlow(index, library);
  const { cancel } = flow;
  // Closing the dialog stops an extraction under way. While readouts wait for review the panel
  // stays through a close (with the pasted text and fields), so Escape by reflex loses nothing.
  const { open, holdBody } = useDialogBody();
  useEffect(() => {
    if (!open) cancel();
  }, [open, cancel]);
  useEffect(() => cancel, [cancel]);
  const waiting = flow.drafts.length > 0;
  useEffect(() => holdBody(waiting), [waiting, holdBody]);
  const [held, setHeld] = useState<Readonly<Record<string, Held>>>({});
  const [busy, setBusy] = useState(false);
  // The files queued for Extract. A file leaves the queue once it is dealt with (its readout saved,
  // kept or discarded; a dataset or backup imported), so the next Extract does not review it again.
  const [files, setFiles] = useState<File[]>([]);
  const dealtWith = (names: readonly string[]) =>
    setFiles((list) => list.filter((file) => !names.includes(file.name)));
  // Keyboard users are taken to what Extract or Save produced, not left on a button that went away:
  // each answer bumps `focusTick` once its state is set, and the effect runs after that render.
  const focusTarget = useRef<"result" | "messages">("result");
  const [focusTick, setFocusTick] = useState(0);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const messages = useRef<HTMLDivElement>(null);
  const focusAfter = (target: "result" | "messages") => {
    focusTarget.current = target;
    setFocusTick((n) => n + 1);
  };
  useEffect(() => {
    if (focusTick === 0) return;
    const heading = focusTarget.current === "result" ? reviewHeading.current : null;
    (heading ?? messages.current)?.focus();
  }, [focusTick]);
  const release = (id: string) =>
    setHeld((list) => {
      const next = { ...list };
      delete next[id];
      return next;
    });

  /** Stores `entry` for `draft` (removing `replaces` after it), or resolves to the message to show. */
  const store = async (draft: Draft, entry: LibraryEntry, message: string, replaces?: string) => {
    try {
      await library.save([entry]);
      if (replaces) await library.remove([replaces]);
    } catch (error) {
      return (error as Error).message;
    }
    release(draft.item.id);
    flow.drop(draft.item.id);
    dealtWith([draft.item.name]);
    flow.note({ name: draft.item.name, kind: "info", message });
    focusAfter("messages");
    return undefined;
  };

  const save = async (draft: Draft, entries: Parameters<typeof entryFromReview>[1]) => {
    const made = entryFromReview(sourceOf(draft), entries);
    if ("error" in made) return made.error;
    // The same readout again would merge as a second account of its meeting: ask first.
    const duplicate = findDuplicate(stored, entryReadout(made.entry));
    if (duplicate) {
      setHeld((list) => ({ ...list, [draft.item.id]: { entry: made.entry, duplicate } }));
      return undefined;
    }
    return store(draft, made.entry, `Saved “${titleOf(made.entry)}” to your library.`);
  };

  const replace = async (draft: Draft, { entry, duplicate }: Held) => {
    setBusy(true);
    const error = await store(
      draft,
      entry,
      `Replaced “${titleOf(duplicate.entry)}” in your library.`,
      duplicate.entry.id,
    );
    setBusy(false);
    if (error) flow.note({ name: "library", kind: "error", message: error });
  };

  const keep = (draft: Draft) => {
    release(draft.item.id);
    flow.drop(draft.item.id);
    dealtWith([draft.item.name]);
    flow.note({
      name: draft.item.name,
      kind: "info",
      message: "Kept the copy already in your library; nothing was added.",
    });
    focusAfter("messages");
  };

  const saveAll = async () => {
    const made = flow.drafts.map((d) => ({ draft: d, made: entryFromReview(sourceOf(d), d.supplied) }));
    const fresh: LibraryEntry[] = [];
    const repeats: string[] = [];
    for (const { made: m } of made) {
      if (!("entry" in m)) continue;
      // Neither a stored readout nor one earlier in this batch is saved twice.
      if (findDuplicate([...stored, ...fresh], entryReadout(m.entry))) repeats.push(titleOf(m.entry));
      else fresh.push(m.entry);
    }
    try {
      await library.save(fresh);
    } catch (error) {
      flow.note({ name: "library", kind: "error", message: (error as Error).message });
      return;
    }
    for (const m of made) if ("entry" in m.made) flow.drop(m.draft.item.id);
    dealtWith(made.filter((m) => "entry" in m.made).map((m) => m.draft.item.name));
    setHeld({});
    const left = repeats.length
      ? `; left out, already in your library: ${repeats.map((t) => `“${t}”`).join(", ")}`
      : "";
    flow.note({
      name: "library",
      kind: "info",
      message: `Saved ${countOf(fresh.length, "readout")} to your library${left}.`,
    });
    focusAfter("messages");
  };

  return (
    <>
      <ImportForm
        busy={flow.busy}
        files={files}
        onFiles={setFiles}
        onExtract={(pasted, chosen, fields) =>
          void flow.extract(pasted, chosen, fields).then((imported) => {
            dealtWith(imported);
            focusAfter("result");
          })
        }
      />
      {flow.busy && <ExtractProgress progress={flow.progress} onCancel={flow.cancel} />}
      <FileMessages ref={messages} messages={flow.messages} />
      {flow.drafts.length > 0 && (
        <section aria-label="Review" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 ref={reviewHeading} tabIndex={-1} className="text-base font-semibold outline-none">
              Review before saving ({flow.drafts.length})
            </h3>
            {flow.drafts.length > 1 && <Button onClick={() => void saveAll()}>Save all to library</Button>}
          </div>
          {flow.drafts.map((draft) => {
            const hold = held[draft.item.id];
            return (
              <div key={draft.item.id} className="space-y-2">
                <ReviewItem
                  dataset={draft.outcome.dataset}
                  dateHow={draft.outcome.dateHow}
                  warnings={draft.outcome.warnings}
                  supplied={draft.supplied}
                  batchNote={draft.note}
                  origin={draft.item.name}
                  saveLabel="Save to library"
                  onSave={(entries) => save(draft, entries)}
                  onDiscard={() => {
                    release(draft.item.id);
                    flow.drop(draft.item.id);
                    dealtWith([draft.item.name]);
                  }}
                />
                {hold && (
                  <DuplicateChoice
                    duplicate={hold.duplicate}
                    busy={busy}
                    onReplace={() => void replace(draft, hold)}
                    onKeep={() => keep(draft)}
                  />
                )}
              </div>
            );
          })}
        </section>
      )}
    </>
  );
}
