import { Suspense, type ReactNode } from "react";
import { Button } from "../components/button";
import { NoticeList } from "../components/notice-list";
import { useDetailIndex } from "../data/detail-queries";
import { droppedNotices } from "../domain/parse-dataset";
import type { DatasetIndex } from "../domain/dataset-index";
import type { MeetingIndex } from "../domain/meeting-index";
import { DetailPlaceholder } from "./loading-placeholders";

export interface DetailsGateProps {
  index: MeetingIndex;
  /** The readouts whose texts and statements the view needs. */
  readoutIds: readonly string[];
  /** What is loading, for the status line: "the meeting's statements", "the readout" … */
  what: string;
  /** Shown above the placeholder while loading (e.g. the meeting's title from the index). */
  heading?: ReactNode;
  children: (index: DatasetIndex) => ReactNode;
}

function ErrorBox({ heading, message, retry }: { heading?: ReactNode; message: string; retry?: () => void }) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-white p-5 text-sm dark:border-red-900 dark:bg-slate-900"
    >
      {heading}
      <p className="text-red-800 dark:text-red-300">{message}</p>
      {retry && (
        <Button className="mt-3" onClick={retry}>
          Try again
        </Button>
      )}
    </div>
  );
}

/**
 * Renders its view once the readout details it needs are loaded (ADR 005); until then a
 * same-sized placeholder with a status line, and on failure an alert with a retry button. Records
 * the detail files left out as broken are listed in a notice above the view; when a readout the
 * view needs is itself broken, an alert says so instead of a view with holes.
 */
export function DetailsGate({ index, readoutIds, what, heading, children }: DetailsGateProps) {
  const details = useDetailIndex(index, readoutIds);
  if (details.index) {
    const loaded = details.index;
    const missing = readoutIds.filter((id) => !loaded.readouts.has(id));
    if (missing.length > 0)
      return (
        <ErrorBox
          heading={heading}
          message={`Could not show ${what}: ${missing.map((id) => `readout "${id}"`).join(" and ")} ${missing.length > 1 ? "are" : "is"} damaged in the data files. ${details.dropped.slice(0, 3).join(" ")}`}
        />
      );
    return (
      <>
        {details.dropped.length > 0 && (
          <div className="mb-3">
            <NoticeList notices={droppedNotices(details.dropped)} />
          </div>
        )}
        {/* The view's own code may still be loading (app/lazy-views): the same placeholder meanwhile. */}
        <Suspense fallback={<Loading heading={heading} what={what} />}>{children(loaded)}</Suspense>
      </>
    );
  }
  if (details.status === "error")
    return (
      <ErrorBox
        heading={heading}
        message={`Could not load ${what}: ${details.error?.message}`}
        retry={details.retry}
      />
    );
  return <Loading heading={heading} what={what} />;
}

function Loading({ heading, what }: Pick<DetailsGateProps, "heading" | "what">) {
  return (
    <div className="space-y-2">
      {heading}
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Loading {what}…
      </p>
      <DetailPlaceholder />
    </div>
  );
}
