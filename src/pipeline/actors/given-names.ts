/** Given names after an honorific ("PM Imran") for known people a readout has named in full. */
import { calledByWord, personById, withFoldedVariants } from "../gazetteer";
import { ENGLISH } from "../language/en/lexicon";
import { HONORIFIC_BEFORE } from "../language/en/speech-patterns";
import type { KnownPerson } from "../references";
import { escapeRegExp, PhraseMatcher, type WordRun } from "../text-utils";
import type { ActorMention } from "./types";

// "Prince Mohammed" for Crown Prince Mohammed bin Salman: a royal title stands before a given name as an honorific does.
const ROYAL_BEFORE = new RegExp(String.raw`\b(?:${ENGLISH.royalTitles.map(escapeRegExp).join("|")})\s+$`);

/**
 * Known people named in full are later called by an honorific and a given name ("PM Imran",
 * "Dr Mahathir", "President Rodrigo" for a name whose last word is the family name): any other word
 * of the name, when no other person in the readout shares it and an honorific stands right before it.
 */
export function addGivenNames(
  text: string,
  runs: readonly WordRun[],
  people: ReadonlyMap<string, KnownPerson>,
  mentions: ActorMention[],
): void {
  const owners = new Map<string, string | null>();
  for (const person of people.values()) {
    const record = personById(person.id);
    const words = record?.name.split(/\s+/) ?? [];
    if (!record || words.length < 2) continue;
    const family = calledByWord(words, record.party)!;
    // The accent-free spelling too ("PM Ines" for Inés), as agencies write it.
    for (const word of words)
      if (word !== family && word.length >= 3 && /^\p{Lu}\p{Ll}/u.test(word))
        for (const form of withFoldedVariants([word]))
          owners.set(form, owners.has(form) && owners.get(form) !== person.id ? null : person.id);
  }
  const given = [...owners].filter((entry): entry is [string, string] => entry[1] !== null);
  if (given.length === 0) return;
  const matcher = new PhraseMatcher(given.map(([phrase, value]) => ({ phrase, value })));
  let added = false;
  for (const hit of matcher.find(text, runs)) {
    const before = text.slice(Math.max(0, hit.start - 20), hit.start);
    if (!HONORIFIC_BEFORE.test(before) && !ROYAL_BEFORE.test(before)) continue;
    if (mentions.some((m) => hit.start < m.end && m.start < hit.end)) continue;
    mentions.push({ actorId: hit.value, start: hit.start, end: hit.end, surface: hit.phrase, via: "alias" });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}
