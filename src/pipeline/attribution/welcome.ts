/**
 * Whether a welcome or thanks after a subject ("X welcomed …") is a ceremony the publisher narrates
 * rather than a position: "welcomed Putin at the door", "welcomed guests as they arrived" are; "welcomed
 * the proposal", "thanked B for his support", and "welcomed K to Beijing and said …" (the words that
 * follow are the welcomer's) are not. Read by the saying-subject rule (rules.ts).
 */
import { WELCOMED_PEOPLE, WELCOME_THEN_WORDS } from "../language/en/welcome-patterns";

export function ceremonialWelcome(
  verb: string,
  /** The words after the verb. */
  object: string,
  /** Whether a person's name stands right after the verb. */
  namedObject: boolean,
): boolean {
  if (!/^(?:welcomed|welcomes|thanked)$/.test(verb) || WELCOME_THEN_WORDS.test(object)) return false;
  if (WELCOMED_PEOPLE.test(object)) return true;
  return namedObject && /^\s+(?:[A-Z]|the [A-Z])/.test(object) && !/\bfor\b/.test(object.slice(0, 60));
}
