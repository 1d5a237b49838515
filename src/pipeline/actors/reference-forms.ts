/** How a readout refers back to a person it introduced ("Fantasia said" after "Italian Prime Minister Giulia Fantasia"). */
import { calledByWord, withFoldedVariants } from "../gazetteer";
import { withSpellingVariants } from "./spelling-variants";
import { knownForms } from "./known-people";
import { NAME_STOP, PARTICLES, PARTY_WORDS } from "./introductions";
import type { IntroducedPerson } from "./types";

/** How a readout refers back to an introduced person: the full name, then the family name alone. */
export function referenceForms(person: IntroducedPerson): string[] {
  // An office named for its holder ("Speaker of the House of …", office-introductions.ts): its words
  // are no one's name; "the Speaker" refers back to it as a role noun.
  if (person.name.startsWith(`${person.title} of `)) return withFoldedVariants([person.name]);
  const words = person.name
    .split(" ")
    .filter((w) => !PARTICLES.test(w) && !/^(?:\p{Lu}\.|Jr\.|Sr\.)$/u.test(w));
  const family = calledByWord(words, person.party);
  const forms = withFoldedVariants([person.name]);
  const usable = (word: string | undefined): word is string =>
    !!word && word.length >= 2 && !NAME_STOP.has(word) && !PARTY_WORDS.has(word) && !knownForms.has(word);
  // "Kowalenko said" after "Oleksandr Kovalenko": another transliteration of the family name.
  if (usable(family)) forms.push(...withSpellingVariants([family]));
  // Any other word of the name may stand alone too ("Somchai said", "Dr Lim said" for Lim Boon Keat):
  // conventions differ by country, and a word two people share is dropped by the caller.
  for (const word of words)
    if (word !== family && word.length >= 3 && usable(word)) forms.push(...withFoldedVariants([word]));
  return forms;
}
