/**
 * The view state lives in the URL (docs/architecture.md, "The URL"): this hook reads it with
 * parseViewState against the dataset's ids and writes it back with serializeViewState, so reload,
 * Back and shared links all reproduce the view. Components get `state` and call `navigate` with a
 * named transition from domain/view-state (or `update` for filter choices); nobody touches history.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { parseViewState, serializeViewState, type KnownIds, type ViewState } from "../domain/view-state";

export type HistoryMode = "push" | "replace";

export interface ViewStateApi {
  state: ViewState;
  /** Why values in the URL were dropped (unknown ids, malformed spans…), for a visible notice. */
  notices: string[];
  /**
   * Merges `patch` into the current state and writes the URL. Use "push" for a step the user may
   * want to go Back from (opening a meeting), "replace" for continuous input (typing a query).
   */
  update(patch: Partial<ViewState>, options?: { mode?: HistoryMode }): void;
  /**
   * Applies a named transition (openMeeting, openSource, closeComparison… from domain/view-state)
   * to the current state and writes the URL; "push" unless told otherwise.
   */
  navigate(transition: (state: ViewState) => ViewState, options?: { mode?: HistoryMode }): void;
}

// pushState/replaceState fire no event, so writers announce changes to other hook instances here.
const URL_CHANGED = "readout-atlas:urlchange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(URL_CHANGED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(URL_CHANGED, onChange);
  };
}

const readSearch = () => window.location.search;

/** Writes a view state to the URL and tells the subscribers (history has no event for pushState). */
function writeViewState(state: ViewState, mode: HistoryMode = "push"): void {
  const search = serializeViewState(state);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  window.dispatchEvent(new Event(URL_CHANGED));
}

export function useViewState(known?: KnownIds): ViewStateApi {
  const search = useSyncExternalStore(subscribe, readSearch, () => "");
  const parsed = useMemo(() => parseViewState(search, known), [search, known]);
  // A URL with values the dataset does not know is replaced by the cleaned one (no history step),
  // so copying the address bar after the notice does not share them again; the notice stays, kept
  // here, until the user's next step.
  const [kept, setKept] = useState<{ search: string; notices: string[] }>();
  if (known && parsed.notices.length > 0 && kept?.search !== search)
    setKept({ search, notices: parsed.notices });
  useEffect(() => {
    if (known && parsed.notices.length > 0) writeViewState(parsed.state, "replace");
  }, [known, parsed]);
  const navigate = useCallback(
    (transition: (state: ViewState) => ViewState, options?: { mode?: HistoryMode }) => {
      setKept(undefined);
      // Re-read the URL rather than closing over `parsed`, so two updates in one event both land.
      const current = parseViewState(window.location.search, known).state;
      writeViewState(transition(current), options?.mode ?? "push");
    },
    [known],
  );
  const update = useCallback(
    (patch: Partial<ViewState>, options?: { mode?: HistoryMode }) =>
      navigate((current) => ({ ...current, ...patch }), options),
    [navigate],
  );
  const notices = parsed.notices.length > 0 ? parsed.notices : (kept?.notices ?? []);
  return { state: parsed.state, notices, update, navigate };
}
