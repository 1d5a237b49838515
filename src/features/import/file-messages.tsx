import type { Ref } from "react";
import type { FileMessage } from "./import-files";

/**
 * One line per file that could not be used (and per import done), the problem's in red. `ref` is
 * the block, which takes focus when it answers what the user just did.
 */
export function FileMessages({
  messages,
  ref,
}: {
  messages: readonly FileMessage[];
  ref?: Ref<HTMLDivElement>;
}) {
  if (messages.length === 0) return null;
  const errors = messages.filter((m) => m.kind === "error");
  const infos = messages.filter((m) => m.kind === "info");
  return (
    <div ref={ref} tabIndex={-1} className="space-y-2 text-sm outline-none">
      {errors.length > 0 && (
        <ul
          role="alert"
          aria-label="Problems"
          className="space-y-1 rounded-md border border-red-200 bg-red-50 p-3 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {errors.map((m, i) => (
            <li key={i}>{m.message}</li>
          ))}
        </ul>
      )}
      {infos.length > 0 && (
        <ul
          role="status"
          className="space-y-1 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
        >
          {infos.map((m, i) => (
            <li key={i}>{m.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
