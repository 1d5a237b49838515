/**
 * Short forms of role nouns as the press writes them after "the" ("the PM acknowledged …", "the FM
 * said"): each stands for its noun (lexicon.json roleShortForms), so it names whoever holds that role.
 */
import { ENGLISH } from "../language/en/lexicon";

const SHORT_FORMS = new Map(
  Object.entries(ENGLISH.roleShortForms).map(([short, noun]) => [short.toLowerCase(), noun]),
);

/** The short forms, lower-cased, to match beside the role nouns. */
export const ROLE_SHORT_FORMS: readonly string[] = [...SHORT_FORMS.keys()];

/** The role noun a matched noun stands for, lower-cased ("PM" → "prime minister"). */
export function roleNoun(noun: string): string {
  const lower = noun.toLowerCase();
  return SHORT_FORMS.get(lower) ?? lower;
}
