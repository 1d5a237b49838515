import type { ReactNode } from "react";
import { Button } from "../components/button";
import { useDetailIndex } from "../data/detail-queries";
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

/**
 * Renders its view once the readout details it needs are loaded (ADR 005); until then a
 * same-sized placeholder with a status line, and on failure an alert with a retry button.
 */
export function DetailsGate({ index, readoutIds, what, heading, children }: DetailsGateProps) {
  const details = useDetailIndex(index, readoutIds);
  if (details.index) return <>{children(details.index)}</>;
  if (details.status === "error") {
    return (
      <div
        role="alert"
        className="rounded-lg border border-red-200 bg-white p-5 text-sm dark:border-red-900 dark:bg-slate-900"
      >
        {heading}
        <p className="text-red-800 dark:text-red-300">
          Could not load {what}: {details.error?.message}
        </p>
        <Button className="mt-3" onClick={details.retry}>
          Try again
        </Button>
      </div>
    );
  }
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
