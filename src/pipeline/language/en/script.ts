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
  // A letter of another script is never ASCII: a line with fewer than two other code units (most
  // lines) cannot have two such letters, and is not counted letter by letter (a fifth of clean's time).
  let wide = 0;
  for (let i = 0; i < line.length && wide < 2; i++) if (line.charCodeAt(i) > 127) wide += 1;
  if (wide < 2) return false;
  let own = 0;
  let other = 0;
  for (const [letter] of line.matchAll(LETTER)) {
    if (OWN_LETTER.test(letter)) own += 1;
    else other += 1;
  }
  return other >= 2 && other > own;
}
