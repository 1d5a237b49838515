import { createContext } from "react";

/**
 * The words the current search matched. The app provides them once around the explorer, so any
 * feature can mark them (HighlightedText) without threading a prop through every component between.
 */
export const SearchTermsContext = createContext<readonly string[]>([]);
