import type { ReactNode } from "react";

/**
 * A statement already shown in full under an earlier topic row (it touches several topics):
 * folded to who said it and its opening words, with where it is in full; opening it shows
 * `children`, the full statement. One look for the meeting panel and the comparison.
 */
export function FoldedStatement({
  speaker,
  opening,
  where,
  children,
}: {
  speaker: ReactNode;
  opening: ReactNode;
  /** The row that shows it in full, and any note ("Trade; shares wording"). */
  where: string;
  children: ReactNode;
}) {
  return (
    <details>
      <summary className="cursor-pointer rounded-sm text-sm text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-slate-400">
        {speaker} “{opening}”{" "}
        {/* Allowed to wrap: a long topic name would otherwise run past a phone's edge. */}
        <span>(in full under {where})</span>
      </summary>
      <div className="mt-1">{children}</div>
    </details>
  );
}
