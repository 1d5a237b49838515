/**
 * A party adjective and a role noun with no article and no name after it: "China's premier has met
 * …", "CHINA'S PREMIER HAS met …" (read in title case, see caps-labels.ts), "…, Chinese Premier
 * said". With a name after it ("Chinese Premier Li Qiang") it is an introduction, read elsewhere;
 * with an article ("the Chinese premier") it is the references' ROLE_PATTERN.
 */
import { NAME_STOP } from "./introductions";
import { opensPinyinName } from "./pinyin";
import { escapeRegExp, PhraseMatcher, type WordRun } from "../text-utils";

export interface AdjectiveRole {
  start: number;
  end: number;
  /** The adjective as the gazetteer writes it ("China's", with a straight apostrophe). */
  adjective: string;
  noun: string;
}

/** Finds adjective-led roles; built once from the gazetteer's adjectives and role nouns. */
export function adjectiveRoleFinder(adjectives: readonly string[], roleNouns: Iterable<string>) {
  const matcher = new PhraseMatcher(
    adjectives.flatMap((adjective) => [
      { phrase: adjective, value: adjective },
      ...(adjective.includes("'") ? [{ phrase: adjective.replace(/'/g, "’"), value: adjective }] : []),
    ]),
  );
  const nouns = [...roleNouns].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const after = new RegExp(String.raw`\s+(${nouns.join("|")})\b(?!['’-])`, "iy");
  return (text: string, runs: readonly WordRun[]): AdjectiveRole[] => {
    const found: AdjectiveRole[] = [];
    for (const hit of matcher.candidates(text, runs)) {
      if (/\b(?:the|his|her|a|an)\s+$/i.test(text.slice(Math.max(0, hit.start - 5), hit.start))) continue;
      after.lastIndex = hit.end;
      const match = after.exec(text);
      if (!match) continue;
      const end = match.index + match[0].length;
      // A capitalised word after it that may be a name: "Chinese Premier Li …" is an introduction,
      // and so is a chain of titles ("Chinese State Councilor and Foreign Minister Wang Yi").
      const next = /^\s+(?:and\s+)?(\p{Lu}[\p{L}\p{M}'’-]*)(?:[^\S\n]+(\p{Lu}[\p{L}\p{M}]*))?/u.exec(
        text.slice(end, end + 40),
      );
      // "Chinese Vice Premier He Lifeng": a family name that is also a pronoun still opens a name.
      const named = next && (!NAME_STOP.has(next[1]!) || opensPinyinName(next[1]!, next[2]));
      if (next && (named || /^\s+and\s/.test(next[0]))) continue;
      found.push({ start: hit.start, end, adjective: hit.value, noun: match[1]! });
    }
    return found;
  };
}
