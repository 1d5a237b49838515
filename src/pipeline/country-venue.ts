/**
 * A country as the only place of a meeting: "Xi met B in Peru on Friday", "… on the sidelines of
 * the APEC meeting in Peru". The city stays unknown, and no city elsewhere (the agency's dateline
 * desk, "BEIJING (Xinhua) --") may stand for it (dateline-place.ts).
 */
import { partyNameParty } from "./actors/party-forms";
import type { FactsInput, LocationFact } from "./facts";
import { partyById } from "./gazetteer";
import { alternation } from "./text-utils";

/** Each form of a country's name (the introduction rule's forms: no "the", accents folded too) → its name. */
const COUNTRY_OF = new Map<string, string>();
for (const [form, id] of partyNameParty) {
  const party = partyById(id);
  if (party?.kind === "country") COUNTRY_OF.set(form, party.name);
}

/**
 * After the meeting cue, in its clause, "in/at <country>": no "to", "about", "over", "regarding"
 * before it, so the matter talked of ("met B to discuss peace in Ukraine") is no place.
 */
const COUNTRY_AFTER_CUE = new RegExp(
  String.raw`^(?:(?!\b(?:to|about|over|regarding|concerning|on the (?:situation|crisis|war|conflict))\s)[^,;.:!?])*?\b(?:in|at)\s+(?:the\s+)?(${alternation(COUNTRY_OF.keys())})(?![\p{L}\p{N}'’])`,
  "u",
);

/** The country the anchor's meeting clause names as where it was, if any. */
export function countryAfterCue(input: FactsInput): LocationFact | undefined {
  const anchor = input.sentences[0];
  if (!anchor || input.cue[0] < anchor.span[0] || input.cue[1] > anchor.span[1]) return undefined;
  const after = input.text.slice(input.cue[1], Math.min(anchor.span[1], input.cue[1] + 160));
  const match = COUNTRY_AFTER_CUE.exec(after);
  if (!match) return undefined;
  const end = input.cue[1] + match[0].length;
  const start = end - match[1]!.length;
  return {
    location: { country: COUNTRY_OF.get(match[1]!)! },
    provenance: { source: "text", readoutId: input.readoutId, span: [start, end] },
  };
}
