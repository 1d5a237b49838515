import { Suspense, useCallback, useMemo } from "react";
import type { FormulationClient } from "../data/formulation-client";
import type { MeetingIndex } from "../domain/meeting-index";
import { chooseFormulation, clearFormulation, trackFormulation } from "../domain/view-state";
import { MAIN_VIEW_ID } from "./jump-to-timeline";
import { FormulationsView } from "./lazy-views";
import type { FormulationReturn } from "./use-formulation-return";
import type { ViewStateApi } from "./use-view-state";

/**
 * The Formulations view wired to the dataset and the URL: meeting dates and the corpus years for
 * the strips; choosing a phrase sets formulation= and shows its meetings on the timeline; tracking
 * one sets formulation= and stays, so a reload or a shared link shows the same tracked phrase.
 */
export function FormulationsPane({
  index,
  client,
  chosen,
  navigate,
  focusReturn,
}: Pick<ViewStateApi, "navigate"> & {
  index: MeetingIndex;
  client: FormulationClient | undefined;
  chosen?: string;
  /** Remembers the phrase chosen and returns focus to it after Back (useFormulationReturn). */
  focusReturn: FormulationReturn;
}) {
  const { dateOf, years } = useMemo(() => {
    const dates = new Map(index.file.meetings.map((m) => [m.id, m.date]));
    const all = [...dates.values()].map((d) => Number(d.slice(0, 4)));
    const first = all.length ? Math.min(...all) : new Date().getFullYear();
    const last = all.length ? Math.max(...all) : first;
    return { dateOf: dates, years: { first, last } };
  }, [index]);
  const { remember, returnFocus, returned } = focusReturn;
  const choose = useCallback(
    (phrase: string) => {
      remember(phrase);
      navigate((current) => chooseFormulation(current, phrase));
      // The chosen phrase's button goes with this view: focus the section that now shows the
      // timeline of its meetings, so a keyboard user is not dropped to the page's start.
      document.getElementById(MAIN_VIEW_ID)?.focus({ preventScroll: true });
    },
    [navigate, remember],
  );
  const track = useCallback(
    (phrase: string | undefined) =>
      navigate((current) => (phrase ? trackFormulation(current, phrase) : clearFormulation(current))),
    [navigate],
  );
  return (
    <Suspense
      fallback={
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Loading the formulations…
        </p>
      }
    >
      <FormulationsView
        client={client}
        dateOf={dateOf}
        years={years}
        chosen={chosen}
        onChoose={choose}
        onTrack={track}
        returnFocus={returnFocus}
        onFocusReturned={returned}
      />
    </Suspense>
  );
}
