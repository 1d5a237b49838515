/**
 * Page furniture the clean stage drops or lifts: breadcrumb trails ("Home > News > World", "CHINA /
 * DIPLOMACY") and menu bars, bylines ("By Jane Doe in Beijing | China Daily"), the house styles' furniture lines
 * and phrases, bars of metadata read part by part ("By NAME | site | Updated: …"), a stamp's label
 * alone on its line, an agency's sign-off after the last sentence ("… again. (ANI)", "… benefit.—IANS") and
 * lines mostly in another script (a Chinese copy of the readout, language/en/script.ts). General
 * shapes live here; a publisher's own shapes are entries in styles/publishers.json.
 */
import { ENGLISH } from "./language/en/lexicon";
import { isOtherScriptLine } from "./language/en/script";
import type { HouseStyles } from "./styles/house-styles";
import { stampDate } from "./stamp";
import { execAll } from "./text-utils";

const HOME_CRUMB = /^(?:you are here:\s*)?home\s*(?:>|»|›|\/|\|)/i;
// A crumb is a section name: one to three capitalised words ("World", "Asia-Pacific", "Hong Kong").
const CRUMB = String.raw`[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:&|and|of|[\p{Lu}\d][\p{L}\d&'’.-]*)){0,2}`;
const TRAIL = new RegExp(
  [
    // "News > World > Asia-Pacific", "World › China": arrows never stand in a headline.
    String.raw`^${CRUMB}(?:\s*[>»›→]\s*${CRUMB})+\s*[>»›→]?$`,
    // "China | World | Asia", "World / China / Diplomacy": three crumbs or more.
    String.raw`^${CRUMB}(?:\s+[|/]\s+${CRUMB}){2,}$`,
    // "CHINA / DIPLOMACY": section names in capitals (words, not the digits of "2019/10/09").
    String.raw`^(?:\d*\p{Lu}{2}[\p{Lu}\d& '’.-]*)(?:\s*[|/]\s*\d*\p{Lu}{2}[\p{Lu}\d& '’.-]*)+$`,
  ].join("|"),
  "u",
);

// A site's menu bar as copy-paste leaves it: four or more section names (up to four words each)
// with wide gaps between them ("Home   Embassy Info   About China   China & Samoa   Consular Services").
// A headline has single spaces, and lower-case words ("with", "on") no section name starts with.
const MENU_ITEM = String.raw`[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s(?:&|and|of|[\p{Lu}\d][\p{L}\d&'’.-]*)){0,3}`;
const MENU_BAR = new RegExp(String.raw`^${MENU_ITEM}(?:(?:\s{2,}|\t)${MENU_ITEM}){3,}$`, "u");

/**
 * A page flattened onto one or two huge lines (no paragraph breaks) starts with its crumb: "Home >
 * China News Li Keqiang Holds Talks with … On the afternoon of …". Longer than any menu, such a line
 * is the article with a crumb glued on: the crumb ("Home >", "Home>>", "You are here:") is dropped,
 * not the line.
 */
const GLUED_CRUMB = /^(?:you are here:\s*)?(?:home\s*(?:>+|»|›|\/|\|)\s*)?/i;
const FLATTENED_LINE = 300;

export function withoutGluedCrumb(line: string): string {
  if (line.length <= FLATTENED_LINE) return line;
  return line.slice(GLUED_CRUMB.exec(line)![0].length);
}

/** A breadcrumb trail (site sections separated by arrows, bars or slashes) or a menu bar. */
export function isBreadcrumb(line: string): boolean {
  return HOME_CRUMB.test(line) || (line.length <= 80 && TRAIL.test(line)) || MENU_BAR.test(line.trim());
}

// "By Monday, the two sides …" opens a sentence, not a byline: a date word is no author's name.
const NOT_A_NAME = `(?!(?:${[...ENGLISH.nameStopWords.dates, "The", "Then", "This", "That", "Now"].join("|")})\\b)`;
const NAME = String.raw`${NOT_A_NAME}[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}`;
// An author, optionally where they filed from: "Li Ming in Beijing".
const AUTHOR = String.raw`${NAME}(?:\s+in\s+${NAME})?`;
const BYLINE = new RegExp(
  // "… in Beijing(China Daily)": a publisher in brackets may be glued to the last name.
  String.raw`^(?:By|BY)\s+${AUTHOR}(?:\s*(?:,|and|&)\s*${AUTHOR})*(?:\s*(?:,|\||—|–)\s*[^.!?]*|\s*\([^()]{2,40}\))?\|?$`,
  "u",
);

/** A byline: "By Jane Doe", "By JANE DOE in Beijing", "By Li Ming in Beijing and Ana Soto in Montevideo | China Daily". */
export function isByline(line: string): boolean {
  return line.length < 120 && BYLINE.test(line);
}

// "Author" or "By" alone on a line, the name on the next ("Author" / "Jane Doe,"): a byline in two lines.
const BYLINE_LABEL = /^(?:authors?|by|written by|reporters?|words by)\s*:?$/i;

/** The byline a line makes under a lone byline label (`previous`), or undefined. */
export function bylineUnderLabel(previous: string | undefined, line: string): string | undefined {
  if (previous === undefined || !BYLINE_LABEL.test(previous)) return undefined;
  const byline = `By ${line.replace(/\s*,$/, "")}`;
  return isByline(byline) ? byline : undefined;
}

/** Whether a line is site furniture: a breadcrumb, a furniture line, or only furniture phrases. */
export function isFurniture(line: string, styles: HouseStyles): boolean {
  if (isBreadcrumb(line)) return true;
  // A copy in another language under the English readout ("新加坡总理…会见…"): not this module's text.
  if (isOtherScriptLine(line)) return true;
  if (styles.furnitureLine.test(line)) return true;
  let rest = line.trim();
  for (let match = styles.furniturePhrase.exec(rest); match; match = styles.furniturePhrase.exec(rest)) {
    rest = rest.slice(match[0].length).trim();
    if (rest === "") return true;
  }
  return false;
}

const whole = (pattern: RegExp | undefined, text: string) => {
  const match = pattern?.exec(text);
  return !!match && match.index === 0 && match[0].length === text.length;
};

/** A line or bar part that is only a publisher's name ("China Daily", "chinadaily.com.cn", "Xinhua"). */
export function isPublisherName(part: string, styles: HouseStyles): boolean {
  return (
    part.length <= 40 &&
    styles.publishers.some((p) => whole(p.agency, part) || whole(p.site, part) || whole(p.url, part))
  );
}

export interface MetadataBar {
  stamp?: string;
  credits: string[];
}

/**
 * A part split before each label that follows a labelled value ("Release Date:… 16:14:27 Source:Xinhua"
 * → "Release Date:… 16:14:27", "Source:Xinhua"): only once the part so far has its own colon, so a
 * label's own words ("Release Date:") are never split apart, or when it is a publisher's name
 * ("Xinhua Editor: Name").
 */
function splitAtLabels(part: string, styles: HouseStyles): string[] {
  const pieces: string[] = [];
  let start = 0;
  // An exec loop, not matchAll: matchAll copies the long label pattern for every line the clean stage reads.
  for (const match of execAll(styles.metadataLabel, part)) {
    const before = part.slice(start, match.index);
    if (!before.includes(":") && !isPublisherName(before.trim(), styles)) continue;
    pieces.push(part.slice(start, match.index));
    start = match.index;
  }
  pieces.push(part.slice(start));
  return pieces;
}

/** "Xinhua,March 28, 2018" (China.org.cn's stamp): a publisher's name and a comma start a part. */
function splitAfterPublisher(part: string, styles: HouseStyles): string[] {
  const comma = /^([^,]{2,40}),\s*(?=\S)/.exec(part);
  return comma && isPublisherName(comma[1]!.trim(), styles)
    ? [comma[1]!.trim(), part.slice(comma[0].length)]
    : [part];
}

/**
 * "March 28, 2018 Adjust font size:": a short part may end in furniture phrases (a page's buttons
 * glued to its stamp); the longest such tail is a part of its own.
 */
function splitFurnitureTail(part: string, styles: HouseStyles): string[] {
  if (part.length > 80) return [part];
  const words = part.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(" ");
    if (isFurniture(tail, styles)) return [words.slice(0, k).join(" "), tail];
  }
  return [part];
}

// A bar or a spaced slash. A line without either is one part: split (which copies its regex on
// every call) is left for the few lines that have one.
const BAR_SEPARATOR = /\||\s+\/\s+/;
const splitAtBars = (line: string) =>
  line.includes("|") || line.includes("/") ? line.split(BAR_SEPARATOR) : [line];

/**
 * "Source: Xinhua| 2024-03-13 00:41:05|Editor: huaxia", "By Jane Doe | chinadaily.com.cn |", "Release
 * Date:2025-10-19 16:14:27 Source:Xinhua", "News ID: 556677 / Publish Date : 14 February 2025 - 22:00": a line
 * of parts that are each furniture, a stamp, a credit, a byline or a publisher's name, read part by
 * part; undefined when any part says something else.
 */
export function readMetadataBar(text: string, styles: HouseStyles): MetadataBar | undefined {
  // Parts are split by bars, by a spaced slash ("News ID: 556677 / Publish Date : …", not
  // "2019/10/09"), or before a label with its colon ("Release Date:… 16:14:27 Source:Xinhua").
  // A copy that lost the space between a page's spans ("2015-05-17 08:19Xinhua Editor: …") glues a
  // stamp's time to the next part: a digit right before a capitalised word starts a part.
  const parts = splitAtBars(text.replace(/(?<=\d)(?=\p{Lu}\p{Ll})/gu, "|"))
    .flatMap((part) => splitAtLabels(part, styles))
    .map((part) => part.trim())
    .flatMap((part) => splitAfterPublisher(part, styles))
    .flatMap((part) => splitFurnitureTail(part, styles))
    .filter(Boolean);
  // One part is a bar only with its bar ("Xinhua |" once the stamp glued to it is lifted).
  if (parts.length === 0 || (parts.length === 1 && !text.includes("|"))) return undefined;
  const bar: MetadataBar = { credits: [] };
  for (const part of parts) {
    const stamp = stampDate(part, styles);
    const credit = styles.credit.exec(part);
    if (stamp) bar.stamp ??= stamp;
    else if (credit) bar.credits.push(`${credit[1]![0]!.toUpperCase()}${credit[1]!.slice(1)} ${credit[2]}`);
    else if (isByline(part) || isPublisherName(part, styles)) bar.credits.push(part);
    else if (!isFurniture(part, styles)) return undefined;
  }
  return bar;
}

/** "Release time:" alone on its line (its date on the next): a stamp's label says nothing. */
export function isStampLabel(line: string, styles: HouseStyles): boolean {
  return (
    /^\(?[\p{L} ]{2,30}:?\)?$/u.test(line) && line.replace(styles.stampPrefix, "").replace(/\)$/, "") === ""
  );
}

// "… to manage disputes effectively. (ANI)", "… benefit.(ANI)", "… mutual benefit.—IANS", "… again. --
// Xinhua": an agency's sign-off after the last sentence, in brackets or after a dash, glued or spaced.
const AGENCY_NAME = String.raw`\p{Lu}[\p{L}.'’-]{1,20}(?:\s+\p{Lu}[\p{L}.'’-]{1,20}){0,2}`;
// Or a wire's name in capitals after a space ("… about a visit. REUTERS"): only a known agency.
const TRAILING_CREDIT = new RegExp(
  String.raw`(?<=[.!?"”’])(?:\s*\((${AGENCY_NAME})\)|\s*(?:—|–|--?)\s*(${AGENCY_NAME})|\s+(\p{Lu}{2,}(?:\s+\p{Lu}{2,})?))$`,
  "u",
);

/**
 * The agency credit ending a line ("… effectively. (ANI)", "… products.(Xinhua)", "… benefit.—IANS",
 * "… a visit. REUTERS"), when the name is a house style's agency (publishers.json) or, in brackets or
 * after a dash, an acronym; the line without it.
 */
export function trailingCredit(
  line: string,
  styles: HouseStyles,
): { text: string; credit: string } | undefined {
  const match = TRAILING_CREDIT.exec(line);
  if (!match) return undefined;
  const name = match[1] ?? match[2] ?? match[3]!;
  const known = styles.publishers.some((p) => p.agency?.test(name));
  const agency = known || (match[3] === undefined && /^\p{Lu}{2,6}$/u.test(name));
  return agency ? { text: line.slice(0, match.index), credit: name } : undefined;
}
