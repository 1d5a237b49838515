import { useContext } from "react";
import { highlight } from "../domain/highlight";
import { SearchTermsContext } from "./search-terms-context";

/**
 * Text with the words a search matched wrapped in <mark>. The text is only ever a React text node,
 * so markup in a readout shows as characters. `terms` defaults to the SearchTermsContext.
 */
export function HighlightedText({ text, terms }: { text: string; terms?: readonly string[] }) {
  const contextTerms = useContext(SearchTermsContext);
  const wanted = terms ?? contextTerms;
  if (wanted.length === 0) return <>{text}</>;
  return (
    <>
      {highlight(text, wanted).map((segment, i) =>
        segment.marked ? (
          <mark
            key={i}
            data-search-match=""
            className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-600/50"
          >
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
