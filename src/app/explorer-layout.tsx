import { Announcer } from "../components/announcer";
import { MAIN_VIEW_ID } from "./jump-to-timeline";
import type { ReactNode } from "react";

export interface ExplorerLayoutProps {
  /** The sentence for the live region: the last selection change (use-announcement.ts). */
  announcement?: string;
  /** Counts or status shown beside the title. */
  summary?: ReactNode;
  /** Header controls: Add readouts, library, Export (issue 9). */
  actions?: ReactNode;
  notices?: ReactNode;
  /** Filter bar (issue 4): counterpart, topic, years, format, free text. */
  filters?: ReactNode;
  timeline: ReactNode;
  /**
   * What the timeline's place shows: the timeline (below the list on narrow screens) or another
   * view such as Formulations (issue 13), which stays first because the reader asked for it.
   */
  mainView?: string;
  /** Chronology list (issue 4); on wide screens it sits left of the detail pane. */
  list?: ReactNode;
  /** Meeting panel, source viewer or compare view. */
  detail: ReactNode;
}

/**
 * The one page layout: header, notices, filters, the timeline across the top, then the list and
 * the detail pane side by side on wide screens and stacked on narrow ones. Loading and the real
 * view render through the same layout so nothing jumps when the data arrives.
 */
export function ExplorerLayout({
  announcement = "",
  summary,
  actions,
  notices,
  filters,
  timeline,
  mainView = "Timeline",
  list,
  detail,
}: ExplorerLayoutProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        onClick={(event) => {
          // Focus moves by hand: following the link would add #main to the URL, whose query string
          // is the view state, and every link copied afterwards would carry it.
          event.preventDefault();
          document.getElementById("main")?.focus();
        }}
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-sky-800 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-900 dark:text-sky-300"
      >
        Skip to the meetings
      </a>
      <Announcer message={announcement} />
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex w-full max-w-[1600px] flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3 sm:px-6">
          <h1 className="text-lg font-semibold tracking-tight">Readout Atlas</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Chinese leaders’ meetings with foreign counterparts, from the readouts
            {summary ? <> · {summary}</> : null}
          </p>
          {/* Buttons do nothing on paper. */}
          {actions && <div className="ml-auto flex flex-wrap items-center gap-2 print:hidden">{actions}</div>}
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="outline-none mx-auto flex w-full max-w-[1600px] flex-1 flex-col gap-4 px-4 py-4 sm:px-6"
      >
        {notices}
        {filters && <section aria-label="Filters">{filters}</section>}
        {/* Narrow screens: the chronology list is the main view (issue 4), so the timeline moves below it. */}
        <section
          id={MAIN_VIEW_ID}
          tabIndex={-1}
          aria-label={mainView}
          className={`scroll-mt-2 outline-none ${list && mainView === "Timeline" ? "order-last lg:order-none" : ""}`}
        >
          {timeline}
        </section>
        <div className={`grid gap-4 ${list ? "lg:grid-cols-[minmax(18rem,2fr)_minmax(0,3fr)]" : ""}`}>
          {list && <section aria-label="Chronology">{list}</section>}
          <section aria-label="Details" className="min-w-0">
            {detail}
          </section>
        </div>
      </main>
    </div>
  );
}
