import type { ReactNode } from "react";
import type { Tone } from "../theme/speaker-tones";

/** A small rounded label: topics, parties, counts. Pass `tone` for a coloured dot before the text. */
export function Chip({ children, tone, title }: { children: ReactNode; tone?: Tone; title?: string }) {
  return (
    <span
      title={title}
      className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-xs font-medium text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
    >
      {tone && <span aria-hidden="true" className={`size-2 rounded-full ${tone.swatch}`} />}
      {children}
    </span>
  );
}
