/**
 * Where a dateline puts the meeting. A dateline names where the story was filed ("BEIJING, March 5
 * (Xinhua) --"; "BANGKOK/SHANGHAI:", two desks, the first the story's own), which is not always
 * where the leaders met: an agency files from its home desk too ("NEW DELHI, Oct 16 (IANS)" over
 * talks between China and Sri Lanka). So a dateline's city places the meeting when the meeting
 * sentence says "here", when the text names that city or its country as where the leaders met or
 * the summit was ("Harris and Xi met at the APEC summit in Thailand"), or, for the first city only,
 * when it lies in one of the meeting's countries, unless the meeting clause puts it in another
 * country ("met B in Peru"): then that country, with no city (country-venue.ts).
 */
import type { FactsInput, LocationFact } from "./facts";
import { countryAfterCue } from "./country-venue";
import { findPlaces, PARTIES } from "./gazetteer";
import { HERE_AS_PLACE } from "./language/en/meeting-patterns";
import { PLAN_MARKERS } from "./language/en/speech-patterns";
import { ofEarlierOccasion, tellsOfMeeting } from "./meeting-standing";
import { escapeRegExp, titleCased } from "./text-utils";
import type { Sentence } from "./types";

/** The cities a dateline names ("BANGKOK/SHANGHAI" as Bangkok, Shanghai), in order, with their spans. */
function datelineCities(input: FactsInput): LocationFact[] {
  if (!input.dateline) return [];
  const [from, to] = input.dateline.span;
  return findPlaces(titleCased(input.text.slice(from, to)))
    .filter(({ place }) => place.kind === "city")
    .map(({ place, start, end }) => ({
      location: { city: place.name, country: place.country },
      provenance: { source: "text", readoutId: input.readoutId, span: [from + start, from + end] },
    }));
}

/** Whether a sentence of the meeting names `city` or its country as where it was: "… summit in Chile". */
function namedAsVenue(sentence: Sentence, city: string, country: string): boolean {
  const { text } = sentence;
  if (sentence.index < 0 || sentence.heading || !tellsOfMeeting(text) || PLAN_MARKERS.test(text))
    return false;
  const party = PARTIES.find((p) => p.kind === "country" && p.name === country);
  const forms = [country, ...(party?.aliases ?? [])].map(escapeRegExp).join("|");
  const spots = [
    ...findPlaces(text)
      .filter(({ place }) => place.kind === "city" && place.name === city)
      .map(({ start, end }) => ({ start, end })),
    ...[...text.matchAll(new RegExp(String.raw`\b(?:${forms})\b`, "g"))].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  ];
  return spots.some(
    ({ start, end }) =>
      /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 8), start)) &&
      !ofEarlierOccasion(text, start, end),
  );
}

/** The meeting's city from the dateline, when the text bears it out (see above). */
export function datelinePlace(input: FactsInput): LocationFact | undefined {
  const cities = datelineCities(input);
  const first = cities[0];
  // Wire copy says "met … here on Monday", "at the Presidential Villa here": "here" is the
  // dateline's city, wherever that is (a summit in a third country).
  if (first && HERE_AS_PLACE.test(input.sentences[0]?.text ?? "")) return first;
  const told = input.told ?? input.sentences;
  const named = cities.find(({ location }) =>
    told.some((s) => namedAsVenue(s, location!.city!, location!.country!)),
  );
  if (named) return named;
  // "BEIJING (Xinhua) -- Xi met B in Peru on Friday": the country the meeting clause names, not the desk.
  const abroad = countryAfterCue(input);
  if (abroad && abroad.location!.country !== first?.location!.country) return abroad;
  // "TEHRAN (MNA) – … met Wang Yi at a meeting underway in China": the text puts it in the other
  // side's country, so a desk in the first's is no venue.
  const country = first?.location!.country;
  const elsewhere = (input.parties ?? []).some(
    (other) => other !== country && told.some((s) => namedAsVenue(s, "", other)),
  );
  if (first && country && input.parties?.includes(country) && !elsewhere) return first;
  return undefined;
}
