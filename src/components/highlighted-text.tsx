import { highlight } from "../domain/highlight";

/**
 * Text with the words a search matched wrapped in <mark>. The text is only ever a React text node,
 * so markup in a readout shows as characters. Pass the `terms` the search returned.
 */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlight(text, terms).map((segment, i) =>
        segment.marked ? (
          <mark key={i} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-600/50">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
