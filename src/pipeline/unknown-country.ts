/**
 * Why a readout has no meeting, when the reason is the gazetteer: a sentence that says a meeting
 * names its counterpart by a title and a country the atlas does not know ("President Mensor of
 * Veloria", "Veloran President Mensor"). Read only to explain a refusal; it never makes a party.
 */
import { PARTIES, PLACES, TITLES } from "./gazetteer";
import { tellsOfMeeting } from "./meeting-standing";
import { escapeRegExp } from "./text-utils";

/** Where a country the atlas lacks is added (the curated overlay of the generated world list). */
export const GAZETTEER_FILES = "src/pipeline/gazetteer/world.overlay.json";

const KNOWN = new Set(
  [
    ...PARTIES.flatMap((p) => [p.name, ...p.aliases, ...p.adjectives]),
    ...PLACES.flatMap((p) => [p.name, ...p.aliases]),
  ].map((form) => form.toLowerCase()),
);
const TITLE = [...new Set(TITLES)]
  .filter((title) => /^\p{Lu}/u.test(title))
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
// "President Ama Mensor of Veloria", "Prime Minister Mensor of the Veloran Republic".
const TITLE_NAME_OF = new RegExp(
  String.raw`\b(?:${TITLE})\s+(?:${WORD}\s+){1,4}of\s+(?:the\s+)?(${WORD}(?:\s+${WORD}){0,2})`,
  "gu",
);
// "Veloran President Mensor": a demonym-shaped word before a title and a name.
const DEMONYM_TITLE = new RegExp(String.raw`\b(${WORD}(?:an|ese|ish|i|ic))\s+(?:${TITLE})\s+${WORD}`, "gu");

/** The country a meeting sentence names for its counterpart that the gazetteer does not know. */
export function unknownCountryIn(sentences: readonly string[]): string | undefined {
  for (const text of sentences) {
    if (!tellsOfMeeting(text)) continue;
    for (const pattern of [TITLE_NAME_OF, DEMONYM_TITLE])
      for (const match of text.matchAll(pattern)) {
        const country = match[1]!;
        if (!KNOWN.has(country.toLowerCase())) return country;
      }
  }
  return undefined;
}
