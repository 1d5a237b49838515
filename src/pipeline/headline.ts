/**
 * Which leading line of a page is its headline (the clean stage): site and section names, date
 * lines and a lead sentence that lost its final point stand around it.
 */

import { findPlaces } from "./gazetteer";
import { escapeRegExp } from "./text-utils";

/**
 * A line that only says where ("Beijing, China", "The Kremlin, Moscow", "Great Hall of the People,
 * Beijing, China"): a city or venue the gazetteer knows, then at most its city and its country. On a government's page it stands above the date line
 * and names where the meeting was; it is never the headline.
 */
export function isPlaceLine(line: string): boolean {
  const first = findPlaces(line)[0];
  if (!first || first.start > 4 || !/^(?:the\s+)?$/i.test(line.slice(0, first.start))) return false;
  const rest = line.slice(first.end);
  return new RegExp(
    `^(?:,\\s*${escapeRegExp(first.place.city ?? "-")})?(?:,\\s*${escapeRegExp(first.place.country)})?\\s*$`,
  ).test(rest);
}

/**
 * Whether a line ends as a sentence does. A closing bracket ends one after a sentence's point
 * ("… (see below.)", "… on Sunday. (Yonhap)") or closing a line that is all bracket ("(Xinhua)"); a
 * headline may end on its bracket ("Call with President N (Press Release from the Ministry)").
 */
export function endsLikeSentence(line: string): boolean {
  if (line.endsWith(")")) return /(?:^|[.!?…]["”’]?\s*)\([^()]*\)$|[.!?…]["”’]?\)$/.test(line);
  return /[.!?:;"”’\]…]$/.test(line);
}

/**
 * A lead sentence that lost its final point in the copy ("On the sidelines of the BRICS summit in
 * Kazan, Vladimir Putin met with …"): a headline never opens with an adverbial phrase and a comma,
 * and never runs to a dozen words after it.
 */
const LEAD_SENTENCE =
  /^(?:On|During|At|In|After|Before|Ahead of|Following|At the invitation of)\s[^,]{3,120},\s+\S+(?:\s+\S+){9,}$/;
export function isLeadSentence(line: string): boolean {
  return LEAD_SENTENCE.test(line);
}

export function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/**
 * Site and section names often stand above the headline ("President of Russia", "Events",
 * "Telephone conversation with …"): of the leading lines that read like headlines, the one with the
 * most words (five or more) is the headline; the first line goes back into the text as a heading.
 */
export function pickHeadline(title: string | undefined, body: string[]): string | undefined {
  if (title === undefined) return undefined;
  let best = -1;
  // The leading lines end at the first sentence, or at a line leading into speech ("Putin: Dear friends,").
  for (
    let i = 0;
    i < body.length &&
    !endsLikeSentence(body[i]!) &&
    !body[i]!.endsWith(",") &&
    !isLeadSentence(body[i]!) &&
    body[i]!.length <= 200;
    i++
  ) {
    const words = wordCount(body[i]!);
    // A headline says something (five words or more); "The Kremlin, Moscow" is a place line, and
    // "October 20, 2025, Akorda, Astana" a date line.
    const dated = /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}),? (?:19|20)\d{2}\b/.test(body[i]!);
    if (
      !body[i]!.includes("|") &&
      !dated &&
      !isPlaceLine(body[i]!) &&
      words >= 5 &&
      words > wordCount(best < 0 ? title : body[best]!)
    )
      best = i;
  }
  if (best < 0) return title;
  const headline = body[best]!;
  body.splice(best, 1);
  body.unshift(title);
  return headline;
}
