import type { Meeting } from "../domain/schema";
import { CuratedMark } from "./curated-mark";

/**
 * Says, where a meeting is shown, that no sentence of its readout states it: the pipeline inferred
 * it from the text's evidence (ADR 015), and a reader should weigh it so. Nothing when a sentence says it.
 */
export function InferredMeetingNote({ meeting }: { meeting: Pick<Meeting, "provenance"> }) {
  const inferred = meeting.provenance.meeting;
  if (inferred?.source !== "inferred") return null;
  return (
    <p className="text-xs text-slate-700 dark:text-slate-300">
      No sentence of the readout says this meeting in so many words; it was worked out from the text.
      <CuratedMark note={inferred.note} kind="inferred" />
    </p>
  );
}
