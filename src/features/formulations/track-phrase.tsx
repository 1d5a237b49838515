/**
 * "Track a phrase": any words the reader types, found word for word in every side's statements
 * (domain/phrase-uses), shown like a mined formulation and choosable as the filter. The tracked
 * phrase is the URL's formulation=, so a reload or a shared link tracks it again.
 */
import { useId, useState } from "react";
import { Button } from "../../components/button";
import type { FormulationClient } from "../../data/formulation-client";
import { useTrackedPhrase } from "../../data/formulation-queries";
import { MAX_PHRASE_WORDS, normalisePhrase, tooLongPhrase } from "../../domain/phrase-uses";
import { FormulationRow, type RowContext } from "./formulation-row";

export function TrackPhrase({
  client,
  context,
  tracked: phrase,
  onTrack,
}: {
  client: FormulationClient | undefined;
  context: RowContext;
  /** The phrase tracked now (normalised, from the URL). */
  tracked?: string;
  onTrack(phrase: string | undefined): void;
}) {
  const inputId = useId();
  const [draft, setDraft] = useState(phrase ?? "");
  // As the reader typed it, for the row's label while it is the phrase tracked.
  const [typed, setTyped] = useState<string>();
  const [unsearchable, setUnsearchable] = useState<string>();
  // Back and forward change the phrase under the box: show it there too.
  const [shownFor, setShownFor] = useState(phrase);
  if (phrase !== shownFor) {
    setShownFor(phrase);
    if (normalisePhrase(draft) !== phrase) setDraft(phrase ?? "");
  }
  const tracked = useTrackedPhrase(client, phrase);
  const result = tracked.data;
  return (
    <div className="mt-3">
      <form
        role="search"
        aria-label="Track a phrase"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const words = draft.trim().replace(/\s+/g, " ");
          const normalised = normalisePhrase(words);
          setTyped(words);
          setUnsearchable(words && !normalised ? words : undefined);
          onTrack(normalised);
        }}
      >
        <div className="flex w-full max-w-md min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium">
            Track a phrase
          </label>
          <input
            id={inputId}
            type="text"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder="e.g. one-China principle"
            className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
          />
        </div>
        <Button type="submit">Track</Button>
      </form>
      {unsearchable && (
        <p role="status" className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {tooLongPhrase(unsearchable)
            ? `“${unsearchable}” is too long to track: a phrase has at most ${MAX_PHRASE_WORDS} words.`
            : `“${unsearchable}” has no words to look for (a phrase of one to ${MAX_PHRASE_WORDS} words).`}
        </p>
      )}
      {phrase && !unsearchable && (
        <div role="status" aria-live="polite" className="mt-2 text-sm">
          {tracked.isError ? (
            <p className="text-red-700 dark:text-red-300">Could not track it: {tracked.error.message}</p>
          ) : result === undefined || tracked.isPlaceholderData ? (
            <p className="text-slate-600 dark:text-slate-400">Looking for “{phrase}”…</p>
          ) : result === null ? (
            <p className="text-slate-600 dark:text-slate-400">“{phrase}” has no words to look for.</p>
          ) : result.meetingIds.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">No statement uses “{phrase}” word for word.</p>
          ) : (
            <div aria-label="Tracked phrase" role="group">
              <FormulationRow
                formulation={{
                  ...result,
                  label: typed && normalisePhrase(typed) === phrase ? typed : result.label,
                }}
                context={context}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
