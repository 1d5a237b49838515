/**
 * The switch between the timeline and the Formulations view (issue 13): two real links (so each
 * view can be opened in a new tab), the current one marked with aria-current.
 */
import { serializeViewState, showFormulations, showTimeline, type ViewState } from "../domain/view-state";
import type { ViewStateApi } from "./use-view-state";

const VIEWS = [
  { id: "timeline", label: "Timeline", to: showTimeline },
  { id: "formulations", label: "Formulations", to: showFormulations },
] as const;

export function ViewSwitch({ state, navigate }: Pick<ViewStateApi, "navigate"> & { state: ViewState }) {
  const current = state.view ?? "timeline";
  return (
    <nav aria-label="Views" className="mb-2">
      <ul className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm dark:border-slate-600 dark:bg-slate-900">
        {VIEWS.map((view) => (
          <li key={view.id}>
            <a
              href={`${window.location.pathname}${serializeViewState(view.to(state))}`}
              aria-current={current === view.id ? "page" : undefined}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                navigate(view.to);
              }}
              className={`block rounded px-3 py-1 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${
                current === view.id
                  ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900"
                  : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
              }`}
            >
              {view.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
