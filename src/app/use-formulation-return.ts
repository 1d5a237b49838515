import { useCallback, useEffect, useRef, useState } from "react";
import { parseViewState } from "../domain/view-state";

export interface FormulationReturn {
  /** The phrase whose button should take focus now, if any. */
  returnFocus?: string;
  remember(phrase: string): void;
  /** The view focused it (or gave up): nothing to return to until the next history step. */
  returned(): void;
}

/**
 * Where the keyboard goes when Back leaves a chosen formulation's meetings: choosing a phrase
 * replaces the Formulations view (and its button) with the timeline, so Back would otherwise
 * leave focus nowhere. Remembers the phrase chosen; after a history step it is the phrase whose
 * button should take focus, until the view says it did. Only Back or Forward return focus: a click
 * on the view switch keeps it on the switch.
 */
export function useFormulationReturn(): FormulationReturn {
  const chosen = useRef<string | undefined>(undefined);
  const [returnFocus, setReturnFocus] = useState<string>();
  useEffect(() => {
    // Read from the URL the step arrived at (this runs before React renders it): only a step back
    // to the Formulations view has a button to return to.
    const onHistoryStep = () =>
      setReturnFocus(
        parseViewState(window.location.search).state.view === "formulations" ? chosen.current : undefined,
      );
    window.addEventListener("popstate", onHistoryStep);
    return () => window.removeEventListener("popstate", onHistoryStep);
  }, []);
  const remember = useCallback((phrase: string) => {
    chosen.current = phrase;
  }, []);
  const returned = useCallback(() => setReturnFocus(undefined), []);
  return { returnFocus, remember, returned };
}
