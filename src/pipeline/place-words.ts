/**
 * The words around a place name that make it where something was: the preposition before it ("in
 * Beijing", "at the Kremlin", "in the Russian city of Kazan", "in Ziguangge of Zhongnanhai") and
 * the capitalised word after it that makes it part of another name ("Nanjing University").
 */
import { findPlaces, type PlaceRecord } from "./gazetteer";
import { ENGLISH } from "./language/en/lexicon";

// "in the city of Kazan", and the wire's apposition "in the capital Pyongyang", "in the Samoan capital, Apia".
const CITY_OF =
  /\b(?:in|at|to)\s+the\s+(?:[\w-]+\s+){0,2}(?:(?:city|town|capital|port city|resort city)\s+of|capital,?)\s+$/i;

// "in Peru's Lima", "in Uzbekistan's ancient city of Samarkand", "in Peru's capital Lima" (wire
// copy): the place after its own country's possessive.
const COUNTRY_POSSESSIVE =
  /\b(?:in|at|to)\s+(?:the\s+)?(\p{Lu}[\p{L} .-]{1,40}?)['’]s?\s+(?:(?:[\w-]+\s+){0,2}(?:city|town|capital|port city|resort city|island)(?:\s+of|,)?\s+)?$/u;

// "met in Ziguangge of Zhongnanhai", "in the East Room of the White House": a hall of a venue, which
// names the venue's city as the venue does.
// "on the sidelines of the 78th session of the United Nations General Assembly": a gathering that
// meets in one place (a venue of the gazetteer) is where the meetings on its margins are.
const SIDELINES_OF =
  /\b(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:session|meeting)\s+of\s+(?:the\s+)?)?$/i;
const ROOM_OF = /\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?$/;

// "the Friends of Zhongnanhai Society": a body named after the venue, not a hall of it.
const ORGANISATION_AFTER =
  /^(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Society|Association|Foundation|University|Institute|Club|Daily|Group|Company)\b/;

const DAY_WORDS = new Set(ENGLISH.nameStopWords.dates);
const CITY_SUFFIXES = new Set(ENGLISH.citySuffixes);

/**
 * Whether the capitalised word after a place (ending at `end`) makes it part of a name. A city's own
 * administrative word ("Guangzhou City of Guangdong Province") does not, unless a name goes on after
 * it ("Guangzhou City Council").
 */
function partOfName(text: string, place: PlaceRecord, end: number): boolean {
  const next = /^\s+([A-Z][\w.]*)(\s+[A-Z])?/.exec(text.slice(end, end + 30));
  const word = next?.[1]?.replace(/\.$/, "");
  if (word === undefined || DAY_WORDS.has(word)) return false;
  return !(place.kind === "city" && CITY_SUFFIXES.has(word) && next?.[2] === undefined);
}

/**
 * The places of a sentence that are places there. "Nanjing University", "Beijing Daily": a place
 * followed by a capitalised word is part of a name, unless that word is a day or month ("met … in
 * Beijing Wednesday"). After a venue it names a hall of it ("at Zhongnanhai Ziguangge", "in the
 * White House Rose Garden"): the venue stands.
 */
export function placesIn(text: string): { place: PlaceRecord; start: number; end: number }[] {
  return findPlaces(text).filter(
    ({ place, end }) =>
      (place.kind === "venue" && !ORGANISATION_AFTER.test(text.slice(end))) || !partOfName(text, place, end),
  );
}

/**
 * Whether the place at `start` is introduced as where something is: "in", "at", "to", "the city
 * of", its country's possessive, "who is visiting".
 */
export function introducedAsPlace(text: string, place: PlaceRecord, start: number): boolean {
  return (
    /\b(?:in|at|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 8), start)) ||
    // "M, who is visiting Singapore to attend …, held a meeting with": where the visitor is then.
    /\b(?:is|was|are|were)\s+visiting\s+$/i.test(text.slice(Math.max(0, start - 20), start)) ||
    // "in the Russian city of Kazan", "in the coastal city of Qingdao"
    CITY_OF.test(text.slice(Math.max(0, start - 50), start)) ||
    (place.kind === "venue" && ROOM_OF.test(text.slice(Math.max(0, start - 60), start))) ||
    (place.kind === "venue" && SIDELINES_OF.test(text.slice(Math.max(0, start - 60), start))) ||
    COUNTRY_POSSESSIVE.exec(text.slice(Math.max(0, start - 80), start))?.[1]?.toLowerCase() ===
      place.country.toLowerCase()
  );
}
