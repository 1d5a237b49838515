/**
 * A page that prints its lead twice (as a standfirst and again opening the story, or its first
 * paragraph again sentence by sentence) says each sentence once. A later sentence that repeats an
 * earlier one word for word, eight words or more (spacing, case and quotation marks aside), is the
 * page's repetition, not a second statement: it is dropped and the first telling keeps its place.
 * Short sentences may recur in earnest ("The talks were productive."), so they are never dropped.
 */
import type { Sentence } from "./types";

const MIN_WORDS = 8;

const keyOf = (text: string) =>
  text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

/** The sentences without word-for-word repeats of earlier ones, renumbered in order. */
export function withoutRepeats(sentences: readonly Sentence[]): Sentence[] {
  const seen = new Set<string>();
  const kept: Sentence[] = [];
  for (const sentence of sentences) {
    const key = keyOf(sentence.text);
    if (key.split(" ").length >= MIN_WORDS) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    kept.push({ ...sentence, index: kept.length });
  }
  return kept;
}
