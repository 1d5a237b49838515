/**
 * "Track a phrase": any words the reader types, found word for word in every side's statements
 * (domain/phrase-uses), shown like a mined formulation and choosable as the filter.
 */
import { useId, useState } from "react";
import { Button } from "../../components/button";
import type { FormulationClient } from "../../data/formulation-client";
import { useTrackedPhrase } from "../../data/formulation-queries";
import { FormulationRow, type RowContext } from "./formulation-row";

export function TrackPhrase({
  client,
  context,
}: {
  client: FormulationClient | undefined;
  context: RowContext;
}) {
  const inputId = useId();
  const [draft, setDraft] = useState("");
  const [phrase, setPhrase] = useState<string>();
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
          setPhrase(draft.trim().replace(/\s+/g, " ") || undefined);
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
      {phrase && (
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
              <FormulationRow formulation={{ ...result, label: phrase }} context={context} />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
