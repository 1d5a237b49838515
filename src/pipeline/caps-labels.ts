/**
 * Transcripts of the White House ("PRESIDENT OBAMA: …", "PRESIDENT XI: (As interpreted.) …") and
 * of prime ministers' sites ("ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: …") write speaker
 * labels in capitals, which no name or title pattern matches; some news sites open a story with
 * its first words in capitals ("CHINA'S PREMIER HAS met with …"). The references are found in a
 * copy of the text whose capitalised labels and lead-ins are in title case: the same length, so
 * every span found in the copy indexes the text itself.
 */

/** A paragraph-opening label in capitals before its colon: letters, spaces and , . ' ’ ( ) - only. */
const CAPS_LABEL = /(^|\n)([A-Z][A-Z .,'’()-]{1,99})(?=:\s)/g;
/** A paragraph's first words in capitals, then the sentence in lower case: "CHINA'S PREMIER HAS met". */
const CAPS_LEAD_IN = /(^|\n)((?:[A-Z][A-Z'’]*\s+){2,6})(?=[a-z])/g;
const MINOR_WORDS = new Set(["of", "the", "and", "for", "to", "in", "on", "at"]);

function titleCase(label: string): string {
  let first = true;
  return label.replace(/[A-Z][A-Z'’]*/g, (word) => {
    const lower = word.toLowerCase();
    const minor = !first && MINOR_WORDS.has(lower);
    first = false;
    return minor ? lower : word[0] + lower.slice(1);
  });
}

/** The text with each capitalised speaker label in title case ("PRESIDENT XI" → "President Xi"). */
export function titleCaseLabels(text: string): string {
  return text
    .replace(CAPS_LABEL, (whole, start: string, label: string) =>
      /[A-Z]{2}/.test(label) ? start + titleCase(label) : whole,
    )
    .replace(CAPS_LEAD_IN, (whole, start: string, words: string) =>
      /[A-Z]{2}/.test(words) ? start + titleCase(words) : whole,
    );
}
