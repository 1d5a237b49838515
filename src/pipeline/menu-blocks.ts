/**
 * A site's navigation copied as a bulleted list ("• Home", "• President", "• Contact us", a date
 * or a site name between them): every line of it is furniture. Menu items are short and never end
 * like a sentence, which keeps a readout's own bulleted points ("• The two sides agreed to …")
 * out; a short unbulleted line counts only between two items of the block ("2025/05/16" among the
 * language switches), so a page's stamp there is the menu's, not the article's.
 */
import { endsLikeSentence, wordCount } from "./headline";

const BULLET = /^[•·▪◦●‣⁃∙]\s*/u;
const MIN_ITEMS = 3;
const MAX_WORDS = 6;

const isShort = (line: string) => wordCount(line) <= MAX_WORDS && !endsLikeSentence(line);
const isItem = (line: string) => BULLET.test(line) && isShort(line.replace(BULLET, ""));

/** Indices of the lines that belong to a menu block of at least three bulleted items. */
export function menuBlockLines(lines: readonly string[]): Set<number> {
  const inMenu = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (!isItem(lines[i]!)) {
      i++;
      continue;
    }
    // The block runs over items, and over a short line only when an item follows it.
    let end = i;
    let items = 0;
    for (let j = i; j < lines.length; j++) {
      if (isItem(lines[j]!)) {
        items++;
        end = j;
      } else if (!(isShort(lines[j]!) && j + 1 < lines.length && isItem(lines[j + 1]!))) break;
    }
    if (items >= MIN_ITEMS) for (let k = i; k <= end; k++) inMenu.add(k);
    i = end + 1;
  }
  return inMenu;
}
