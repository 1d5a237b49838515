import type { WordingSegment } from "../../domain/word-overlap";

/**
 * Readout text with the wording it shares with the other column marked. Segments are rendered as
 * text nodes and <mark> elements, never as HTML, so markup in a readout shows as typed.
 */
export function SharedWordingText({ segments }: { segments: readonly WordingSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.shared ? (
          <mark
            key={i}
            className="rounded-xs bg-yellow-200 px-0.5 text-inherit box-decoration-clone dark:bg-yellow-500/35 print:bg-transparent print:underline print:decoration-2 print:underline-offset-2"
          >
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
