/**
 * The spellings one surname takes in other transliterations. Russian, Ukrainian and Belarusian
 * names come as "Lavrov" in English copy and "Lawrow" in German or Polish sources ("Kovalenko" and
 * "Kowalenko", "Medvedev" and "Medwedew"); a page that reposts both calls one person by both. So a v
 * or w after a name's first letter is read either way, besides the accent-free spelling. The first
 * letter stays as written: "Wang" and "Vang" are different names.
 */
import { withFoldedVariants } from "../text-utils";

export function withSpellingVariants(forms: Iterable<string>): string[] {
  const out = new Set(withFoldedVariants(forms));
  for (const form of [...out]) {
    if (!/\p{L}[vw]/iu.test(form)) continue;
    out.add(form.replace(/(?<=\p{L})v/gu, "w"));
    out.add(form.replace(/(?<=\p{L})w/gu, "v"));
  }
  return [...out];
}
