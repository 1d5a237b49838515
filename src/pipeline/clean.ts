/**
 * Stage 1, clean: drops site furniture (breadcrumbs, share/print lines, "Back to top", photo
 * captions, repeated headlines), lifts metadata out of it (publication stamps, credits, bylines,
 * the headline) and returns the cleaned text that every later span indexes into. Datelines stay
 * in the text (they are part of the article) but are marked so they never become statements.
 */
import { parseStampDate } from "./calendar";
import { readDateline } from "./dateline";
import { menuBlockLines } from "./menu-blocks";
import { HOUSE_STYLES, type HouseStyles } from "./styles/house-styles";
import type { CleanedReadout, Span } from "./types";
import { endsLikeSentence, isLeadSentence, isPlaceLine, pickHeadline, wordCount } from "./headline";
import { stampDate, stampSentence } from "./stamp";
import { isCaption } from "./captions";
import {
  bylineUnderLabel,
  isByline,
  isFurniture,
  isPublisherName,
  isStampLabel,
  readMetadataBar,
  trailingCredit,
  withoutGluedCrumb,
} from "./furniture";

// "( Agency )" left alone on a line (a stamp's remains, a source tag): a name in brackets says nothing.
const BRACKETED_NAME = /^[([]\s*\p{L}[\p{L} .'’&-]{1,30}\s*[)\]]$/u;

const GLUED_STAMP =
  /(?:\s+(?:date|updated|published|release time|time)\s*:?|\s*:)\s*((?:19|20)\d{2}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}\s+[a-z]{3,9}\s+(?:19|20)\d{2}|[a-z]{3,9}\.?\s+\d{1,2},\s+(?:19|20)\d{2}(?:\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?)\s*$/i;

function isTitleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^[a-z]/i.test(w) && w.length > 3);
  return words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.7;
}

interface Line {
  text: string;
}

// "date 2024-11-18 The Prime Minister met …": a page's stamp glued before its lead sentence.
const LEADING_STAMP =
  /^(?:date|updated|published|posted)\s*:?\s*((?:19|20)\d{2}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s+|$)/i;

/** "date 2024-07 …": a page's stamp that gives only the month. */
export const LEADING_MONTH_STAMP =
  /^(?:date|updated|published|posted)\s*:?\s*((?:19|20)\d{2})-(\d{2})\s+(?!-)/i;

/**
 * Joins hard-wrapped lines (a line without final punctuation followed by one starting in lower
 * case), never a furniture line ("Click here …" above a menu "eng / рус").
 */
function unwrap(lines: Line[], furniture: (line: string) => boolean): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (
      previous &&
      !endsLikeSentence(previous.text) &&
      /^[a-z]/.test(line.text) &&
      !LEADING_STAMP.test(line.text) &&
      !previous.text.endsWith("  ") &&
      !furniture(previous.text) &&
      !furniture(line.text)
    ) {
      previous.text = `${previous.text} ${line.text}`;
    } else out.push({ ...line });
  }
  return out;
}

/** Cleans one raw readout with the house styles (the bundled ones unless a caller adds its own). */
export function clean(raw: string, styles: HouseStyles = HOUSE_STYLES): CleanedReadout {
  const isFurnitureLine = (line: string) => isFurniture(line, styles);
  const stampOf = (line: string) => stampDate(line, styles);
  const CREDIT = styles.credit;
  const normalised = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ");
  const rawLines = normalised
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((text) => ({ text: withoutGluedCrumb(text) }));
  const lines = unwrap(rawLines, isFurnitureLine);
  const menu = menuBlockLines(lines.map((line) => line.text));
  // "Beijing, China" above "December 5, 2017": a place line over the date line is no headline.
  const placeOverDate = new Set(
    // The stamp first: it turns most lines down at once, before the place lookup scans them.
    lines.filter((line, i) => stampOf(lines[i + 1]?.text ?? "") && isPlaceLine(line.text)).map((l) => l.text),
  );

  const removed: string[] = [];
  const credits: string[] = [];
  const captions: string[] = [];
  let publishedOn: string | undefined;
  const stamps: { day: string; paragraph: number }[] = [];
  let title: string | undefined;
  const body: string[] = [];
  // Under a "Related News" heading, headline lines (no final punctuation) are links, not the article.
  let inLinkList = false;

  for (const [i, line] of lines.entries()) {
    let text = line.text;
    if (menu.has(i)) {
      removed.push(text);
      continue;
    }
    // "Author" alone, the name on the next line: both are the byline.
    const byline = bylineUnderLabel(lines[i - 1]?.text, text);
    if (byline || bylineUnderLabel(text, lines[i + 1]?.text ?? "")) {
      if (byline) credits.push(byline);
      removed.push(text);
      continue;
    }
    if (styles.listHeading.test(text)) {
      inLinkList = true;
      removed.push(text);
      continue;
    }
    if (inLinkList && !endsLikeSentence(text)) {
      removed.push(text);
      continue;
    }
    inLinkList = false;
    // "Xi Speaks with … on the Phone date 2024-06-13", "… with X: 3 May 2021": a stamp glued to a line.
    const glued = GLUED_STAMP.exec(text);
    const gluedDay = glued ? parseStampDate(glued[1]!, styles.dayOrder) : undefined;
    if (glued && gluedDay && !stampOf(text)) {
      publishedOn ??= gluedDay;
      removed.push(glued[0].trim());
      text = text.slice(0, glued.index).trim();
    }
    // "date 2024-07 Chinese Foreign Minister …": a stamp of the month alone is furniture too, and
    // gives no day (the clean stage warns of it when the page has no other date).
    const monthOnly = LEADING_MONTH_STAMP.exec(text);
    if (monthOnly && text.length > monthOnly[0].length) {
      removed.push(monthOnly[0].trim());
      text = text.slice(monthOnly[0].length);
    }
    const leading = LEADING_STAMP.exec(text);
    if (leading && text.length > leading[0].length) {
      publishedOn ??= parseStampDate(leading[1]!, styles.dayOrder);
      removed.push(leading[0].trim());
      text = text.slice(leading[0].length);
    }
    // "date 2018-04-22 You are here: …" on a flattened page: the crumb after the stamp.
    text = withoutGluedCrumb(text);
    // "Source: Xinhua| 2024-03-13 00:41:05|Editor: huaxia": a bar of metadata, read part by part.
    const bar = readMetadataBar(text, styles);
    if (bar) {
      if (bar.stamp) {
        publishedOn ??= bar.stamp;
        stamps.push({ day: bar.stamp, paragraph: body.length });
      }
      credits.push(...bar.credits);
      removed.push(text);
      continue;
    }
    if (isFurnitureLine(text) || isStampLabel(text, styles)) {
      removed.push(text);
      continue;
    }
    // A press-wire repost's "<Publisher> published this content on <date> and is solely responsible …".
    const reposted = stampSentence(text, styles);
    if (reposted) {
      publishedOn ??= reposted.day;
      removed.push(text);
      continue;
    }
    const stamp = stampOf(text);
    if (stamp) {
      publishedOn ??= stamp;
      stamps.push({ day: stamp, paragraph: body.length });
      removed.push(text);
      continue;
    }
    const credit = CREDIT.exec(text);
    if (credit && text.length < 120) {
      credits.push(`${credit[1]![0]!.toUpperCase()}${credit[1]!.slice(1)} ${credit[2]}`);
      removed.push(text);
      continue;
    }
    // A byline, or a line that only names the publisher ("China Daily" under the headline).
    if (isByline(text) || isPublisherName(text, styles)) {
      credits.push(text);
      removed.push(text);
      continue;
    }
    if (BRACKETED_NAME.test(text)) {
      removed.push(text);
      continue;
    }
    if (isCaption(text, styles) && !(body.length === 0 && title === undefined && !endsLikeSentence(text))) {
      removed.push(text);
      captions.push(text);
      continue;
    }
    const credited = trailingCredit(text, styles);
    if (credited) {
      credits.push(credited.credit);
      removed.push(`(${credited.credit})`);
      text = credited.text;
    }
    if (title !== undefined && text === title) {
      removed.push(text);
      continue;
    }
    // The first line, when it reads like a headline (no final punctuation), is the title; a lead
    // sentence that lost its point in the copy is not one.
    if (
      title === undefined &&
      body.length === 0 &&
      !endsLikeSentence(text) &&
      !isLeadSentence(text) &&
      !placeOverDate.has(text) &&
      text.length <= 200 &&
      wordCount(text) >= 2
    ) {
      title = text;
      continue;
    }
    if (body.includes(text)) {
      removed.push(text);
      continue;
    }
    body.push(text);
  }

  title = pickHeadline(title, body);
  const text = body.join("\n\n");
  const paragraphs: CleanedReadout["paragraphs"] = [];
  let cursor = 0;
  body.forEach((paragraph, i) => {
    const span: Span = [cursor, cursor + paragraph.length];
    const isLast = i === body.length - 1;
    // A cut-off last paragraph also lacks final punctuation; there, only a title-cased line is a heading.
    // A line ending in a comma leads into what follows ("Putin: Dear friends, colleagues,"): no heading.
    // A related story's headline ends on its quoted phrase ("… the US is ‘here to stay’"): a
    // closing quote right after a letter is no final point.
    const unfinished =
      !endsLikeSentence(paragraph) || (/\p{L}[’”"]$/u.test(paragraph) && !/^[“"‘]/.test(paragraph));
    const heading =
      unfinished &&
      !paragraph.endsWith(",") &&
      wordCount(paragraph) <= 15 &&
      /^(?:(?:\d{1,2}\.|\(\d{1,2}\)|[IVX]{1,4}\.)\s+)?[A-Z“"]/.test(paragraph) &&
      (!isLast || isTitleCased(paragraph));
    paragraphs.push({ span, heading });
    cursor = span[1] + 2;
  });

  // A "Place, date" line under the headline ("New York, 24 April 2024") dates the page.
  for (const paragraph of paragraphs.slice(0, 3).filter((p) => p.heading)) {
    const placeAndDate = /^[A-Z][\p{L} .'’-]{1,40},\s+(.{6,30})$/u.exec(
      text.slice(paragraph.span[0], paragraph.span[1]),
    );
    const day = placeAndDate && parseStampDate(placeAndDate[1]!, styles.dayOrder);
    if (day) {
      publishedOn ??= day;
      break;
    }
  }

  const { dateline, filedOn } = readDateline(text, paragraphs, styles, publishedOn);
  publishedOn ??= filedOn;

  // Two press releases on one page, each under its own stamp: each meeting's day is its release's.
  const releaseStamps = new Set(stamps.map((s) => s.day)).size > 1 ? stamps : [];
  return {
    text,
    title,
    publishedOn,
    ...(releaseStamps.length > 0
      ? {
          releaseStamps: releaseStamps.map((s) => ({
            day: s.day,
            at: paragraphs[s.paragraph]?.span[0] ?? text.length,
          })),
        }
      : {}),
    ...(publishedOn && placeOverDate.size > 0 ? { placeOverDate: true as const } : {}),
    ...(filedOn ? { filedOn } : {}),
    dateline,
    credits,
    removed,
    captions,
    paragraphs,
  };
}
