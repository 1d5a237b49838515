import type { WordingSegment } from "../../domain/word-overlap";

/** How shared wording looks, here and in the legend that explains it; underlined on paper. */
export const SHARED_MARK_CLASS =
  "rounded-xs bg-yellow-200 px-0.5 text-slate-950 box-decoration-clone dark:bg-yellow-500/35 dark:text-slate-50 print:bg-transparent print:text-inherit print:underline print:decoration-2 print:underline-offset-2";

/**
 * Readout text with the wording it shares with the other column marked. Segments are rendered as
 * text nodes and <mark> elements, never as HTML, so markup in a readout shows as typed.
 */
export function SharedWordingText({ segments }: { segments: readonly WordingSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.shared ? (
          <mark key={i} className={SHARED_MARK_CLASS}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
