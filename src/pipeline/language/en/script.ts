/**
 * The script this language module reads. A line whose letters are mostly in another script (a
 * Chinese version of the readout printed under the English one, a Russian caption) is a copy in
 * another language: furniture for the English pipeline, never statements of the narrator. A
 * Chinese-language module (language/zh) would read those lines instead.
 */
const OWN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/gu;

/** Whether most of a line's letters are in a script other than this module's (at least two such letters). */
export function isOtherScriptLine(line: string): boolean {
  let own = 0;
  let other = 0;
  for (const [letter] of line.matchAll(LETTER)) {
    if (OWN_LETTER.test(letter)) own += 1;
    else other += 1;
  }
  return other >= 2 && other > own;
}
