/**
 * The Formulations view (issue 13): the corpus's recurring official phrases, most widely used
 * first, each choosable as the filter of the timeline and the list; and a box to track any phrase.
 * Mining runs once per dataset in a worker (data/formulation-queries); this view only shows it.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "../../components/button";
import type { FormulationClient } from "../../data/formulation-client";
import { useFormulations } from "../../data/formulation-queries";
import { FormulationRow, type RowContext } from "./formulation-row";
import { TrackPhrase } from "./track-phrase";
import { pluralNoun } from "../../domain/plural";

const PAGE = 40;

export interface FormulationsViewProps {
  client: FormulationClient | undefined;
  /** Each meeting's date, to place uses on the strips. */
  dateOf: ReadonlyMap<string, string>;
  years: { first: number; last: number };
  /** The phrase the timeline and list are filtered to now. */
  chosen?: string;
  onChoose(phrase: string): void;
  /** Tracks a typed phrase (normalised; undefined clears it): it becomes `chosen`. */
  onTrack(phrase: string | undefined): void;
  /** A phrase whose button takes focus once shown (Back from its meetings), then onFocusReturned. */
  returnFocus?: string;
  onFocusReturned?(): void;
}

export function FormulationsView({
  client,
  dateOf,
  years,
  chosen,
  onChoose,
  onTrack,
  returnFocus,
  onFocusReturned,
}: FormulationsViewProps) {
  const mined = useFormulations(client);
  const [shown, setShown] = useState(PAGE);
  const all = mined.data?.formulations;
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!returnFocus || !all) return;
    const at = all.findIndex((f) => f.phrase === returnFocus);
    // A phrase past the rows shown: show up to its page first; this runs again once it renders.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (at >= shown) return setShown(Math.ceil((at + 1) / PAGE) * PAGE);
    const buttons = sectionRef.current?.querySelectorAll<HTMLElement>(
      `button[data-phrase="${CSS.escape(returnFocus)}"]`,
    );
    // The list's button when the phrase is mined, else the tracked phrase's (it comes first; its
    // answer is cached, so it is there by now).
    (at >= 0 ? buttons?.[buttons.length - 1] : buttons?.[0])?.focus();
    onFocusReturned?.();
  }, [returnFocus, all, shown, onFocusReturned]);
  const context = useMemo(
    (): RowContext => ({
      datesOf: (ids) => ids.map((id) => dateOf.get(id)).filter((d): d is string => Boolean(d)),
      years,
      chosen,
      onChoose,
    }),
    [dateOf, years, chosen, onChoose],
  );
  return (
    // Not a named region itself: the app's main view around it is already "Formulations".
    <section
      ref={sectionRef}
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 className="text-lg font-semibold tracking-tight">Formulations</h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">
        Phrases of three to eight words that the sides used in at least two meetings (and in at least two
        readouts, so one text repeating itself does not count), most widely used first. Choose one to see only
        the meetings that use it.
      </p>
      <TrackPhrase client={client} context={context} tracked={chosen} onTrack={onTrack} />
      {mined.isError ? (
        <p role="alert" className="mt-4 text-sm text-red-700 dark:text-red-300">
          Could not find the formulations: {mined.error.message}
        </p>
      ) : !all ? (
        <p role="status" className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          Finding the recurring phrases in every readout…
        </p>
      ) : (
        <>
          <h3 className="mt-4 text-sm font-semibold">
            {all.length} recurring {pluralNoun(all.length, "phrase")}
          </h3>
          <ol aria-label="Recurring phrases" className="divide-y divide-slate-100 dark:divide-slate-800">
            {all.slice(0, shown).map((formulation) => (
              <li key={formulation.phrase}>
                <FormulationRow formulation={formulation} context={context} />
              </li>
            ))}
          </ol>
          {all.length > shown && (
            <Button className="mt-2" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, all.length - shown)} more phrases
            </Button>
          )}
        </>
      )}
    </section>
  );
}
