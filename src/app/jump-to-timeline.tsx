/**
 * Phones and narrow windows (issue 11): the list comes first and the timeline sits below the
 * meetings, so the list's header carries this one-tap way to it. Hidden where the two are side by side.
 */
import { bringIntoView } from "../hooks/bring-into-view";

/** The id of the section holding the timeline (or the view in its place); see explorer-layout.tsx. */
export const MAIN_VIEW_ID = "main-view";

export function JumpToTimeline() {
  return (
    <button
      type="button"
      onClick={() => {
        const section = document.getElementById(MAIN_VIEW_ID);
        bringIntoView(section);
      }}
      className="min-h-6 cursor-pointer rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 lg:hidden dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
    >
      Timeline <span aria-hidden="true">↓</span>
    </button>
  );
}
