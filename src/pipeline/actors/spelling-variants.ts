/**
 * The spellings one surname takes in other transliterations. Russian, Ukrainian, Belarusian and
 * Central Asian names come as "Lavrov" or "Tokayev" in English copy and "Lawrow" or "Tokajew" in
 * German or Polish sources ("Kovalenko" and "Kowalenko", "Medvedev" and "Medwedew"); a page that
 * reposts both calls one person by both. So a v or w after a name's first letter is read either
 * way, and so is a y or j after a vowel, besides the accent-free spelling. The first letter stays
 * as written: "Wang" and "Vang" are different names.
 */
import { withFoldedVariants } from "../text-utils";

const SWAPS: readonly [RegExp, string][] = [
  [/(?<=\p{L})v/gu, "w"],
  [/(?<=\p{L})w/gu, "v"],
  [/(?<=[aeiou])y/gu, "j"],
  [/(?<=[aeiou])j/gu, "y"],
];

export function withSpellingVariants(forms: Iterable<string>): string[] {
  const out = new Set(withFoldedVariants(forms));
  // Both swaps together ("Tokayev" → "Tokajew"): each applied to what the ones before gave.
  for (const [pattern, letter] of SWAPS)
    for (const form of [...out]) {
      const swapped = form.replace(pattern, letter);
      if (swapped !== form) out.add(swapped);
    }
  return [...out];
}
