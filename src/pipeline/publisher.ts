/**
 * A publisher guess for readouts that sources.json does not describe, from what the text itself
 * says (a dateline agency, a credit line). Curated metadata always wins over this.
 */
import type { Perspective } from "../domain/schema";
import type { CleanedReadout } from "./types";

const AGENCIES: { pattern: RegExp; publisher: string; perspective: Perspective }[] = [
  { pattern: /\bxinhua\b/i, publisher: "Xinhua News Agency", perspective: "media" },
  { pattern: /\bEIRNS\b/, publisher: "Executive Intelligence Review (EIRNS)", perspective: "media" },
  { pattern: /\breuters\b/i, publisher: "Reuters", perspective: "media" },
  { pattern: /\b(?:AP|Associated Press)\b/, publisher: "Associated Press", perspective: "media" },
  { pattern: /\bAFP\b/, publisher: "AFP", perspective: "media" },
  { pattern: /\bTASS\b/, publisher: "TASS", perspective: "media" },
  { pattern: /\bCGTN\b/, publisher: "CGTN", perspective: "media" },
  { pattern: /\bKremlin\b/i, publisher: "President of Russia (Kremlin)", perspective: "counterpart" },
];

// Site furniture and place lines that name the publishing government's own site.
const SITES: { pattern: RegExp; publisher: string; perspective: Perspective }[] = [
  {
    pattern: /\b(?:briefing room|the white house|statements and releases)\b/i,
    publisher: "The White House",
    perspective: "counterpart",
  },
  { pattern: /^the kremlin\b/i, publisher: "President of Russia (Kremlin)", perspective: "counterpart" },
  {
    pattern: /\bministry of foreign affairs of the people's republic of china\b|\bfmprc\b/i,
    publisher: "Chinese Ministry of Foreign Affairs",
    perspective: "china",
  },
];

export function guessPublisher(cleaned: CleanedReadout): { publisher: string; perspective: Perspective } {
  const firstParagraph = cleaned.paragraphs[0] ? cleaned.text.slice(...cleaned.paragraphs[0].span) : "";
  const siteClues = [...cleaned.removed, ...(firstParagraph.length <= 40 ? [firstParagraph] : [])];
  for (const clue of siteClues) {
    const site = SITES.find((s) => s.pattern.test(clue));
    if (site) return { publisher: site.publisher, perspective: site.perspective };
  }
  const clues = [cleaned.dateline?.agency ?? "", ...cleaned.credits];
  for (const clue of clues) {
    const agency = AGENCIES.find((a) => a.pattern.test(clue));
    if (agency) return { publisher: agency.publisher, perspective: agency.perspective };
  }
  return { publisher: "Unknown publisher", perspective: "media" };
}
