import { Button } from "../../components/button";
import type { ExtractProgress as Progress } from "../../data/extract-client";

/** Done / total and the current file while the worker extracts, with a way to stop. */
export function ExtractProgress({ progress, onCancel }: { progress?: Progress; onCancel(): void }) {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  return (
    <div className="space-y-1 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex items-center gap-3">
        <progress
          className="h-2 flex-1 accent-blue-700"
          aria-label="Extraction progress"
          value={done}
          max={Math.max(total, 1)}
        />
        <Button onClick={onCancel}>Cancel</Button>
      </div>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {total ? `Extracted ${done} of ${total}` : "Reading files…"}
        {progress?.current ? ` · ${progress.current}` : ""}
      </p>
    </div>
  );
}
