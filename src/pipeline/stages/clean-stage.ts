/** Stage clean: removes site furniture by the house styles and fixes the reference date. */
import { clean, LEADING_MONTH_STAMP } from "../clean";
import type { ReadoutContext } from "../context";
import { parseStampDate } from "../calendar";
import { readDateline } from "../dateline";
import { undecidedReadings } from "../numeric-date";
import { curatedStyle, guessPublisher } from "../publisher";
import type { CleanedReadout } from "../types";
import { dateFromUrl } from "../url-date";
import { ExtractionError, type Stage } from "./stage";

export const cleanStage: Stage = {
  name: "clean",
  job: "drops site furniture by the house styles (publishers.json), lifts stamps, credits and the headline, and fixes the reference date",
  run(context) {
    const { input, styles, warnings } = context;
    const cleaned = stampInOrder(clean(input.raw, styles), context);
    // A one-line paste ("Xi Jinping met Jean Morel") is read as a headline: say so, since calling
    // the user's own sentence "site furniture" alone leaves them guessing.
    if (cleaned.text.trim() === "")
      throw new ExtractionError(
        `${input.id}: nothing is left once the headline and site furniture (menus, share lines, stamps) are set aside; supply the body of the readout, not only its headline.`,
      );
    const lastParagraph = cleaned.paragraphs[cleaned.paragraphs.length - 1];
    if (
      lastParagraph &&
      !lastParagraph.heading &&
      !/[.!?"”’)\]…]$/.test(cleaned.text.slice(...lastParagraph.span))
    ) {
      warnings.push(
        "the text seems cut off mid-sentence (its last paragraph has no final punctuation); statements end where it ends.",
      );
    }
    const fromUrl = dateFromUrl(input.meta?.url, styles);
    const given = input.publishedOn ?? input.meta?.publishedOn ?? fromUrl;
    // "BEIJING, March 25 (Xinhua) --" on a page without a stamp: the caller's or the URL's day gives
    // the dateline its year, and the filing day, not the later publication, is what "yesterday" means.
    if (!cleaned.filedOn && !cleaned.publishedOn && cleaned.dateline && given) {
      const { filedOn } = readDateline(cleaned.text, cleaned.paragraphs, styles, given);
      if (filedOn) cleaned.filedOn = filedOn;
    }
    context.cleaned = cleaned;
    context.reference = cleaned.filedOn ?? cleaned.publishedOn ?? given;
    // Provenance says where a publication date read from the URL came from.
    if (
      context.reference &&
      context.reference === fromUrl &&
      !cleaned.publishedOn &&
      !input.publishedOn &&
      !input.meta?.publishedOn
    )
      context.referenceFrom = "the readout's URL";
    // "date 2024-07": a stamp of the month alone says why no day is known, where none is.
    const month = context.reference
      ? undefined
      : cleaned.removed.find((l) => LEADING_MONTH_STAMP.test(`${l} `));
    if (month)
      warnings.push(
        `the page's stamp "${month}" gives only the month, no day; it gives no publication date (supply --published YYYY-MM-DD).`,
      );
    // A dateline day before the page stamp: relative days refer to it, and the summary says so.
    if (cleaned.filedOn && cleaned.filedOn !== cleaned.publishedOn) context.referenceFrom = "the dateline";
    // "Transcript of Media Briefing … (September 04, 2016)" over a stamp of the next day: the title
    // dates the event it names, so "today" in it is that day.
    const titled = titleDay(cleaned.title);
    if (!cleaned.filedOn && titled && context.reference && titled < context.reference) {
      const daysBefore = (Date.parse(context.reference) - Date.parse(titled)) / 86_400_000;
      if (daysBefore <= 3) {
        context.reference = titled;
        context.referenceFrom = "the date in the page title";
      }
    }
  },
};

/** An ISO day in a lifted stamp line ("date 2022-02-05"). */
const ISO_DAY = /(?<![\d-])((?:19|20)\d{2}-\d{2}-\d{2})(?![\d-])/;

/** The full date a title ends with in brackets ("… (September 04, 2016)", "… (4 September 2016)"). */
function titleDay(title: string | undefined): string | undefined {
  const bracket = title && /\(([^()]{6,24}\d{4})\)\s*$/.exec(title)?.[1];
  return bracket ? parseStampDate(bracket) : undefined;
}

/**
 * A stamp such as "03/04/2018" that the page's words do not decide is read in its publisher's
 * convention (house style "dayFirst"); a page whose publisher is unknown gets no publication day
 * from it, with a warning, rather than a guessed one (clean read it month first, as chrono does).
 */
function stampInOrder(cleaned: CleanedReadout, context: ReadoutContext): CleanedReadout {
  const { input, styles, warnings } = context;
  const line = cleaned.removed.find((text) => undecidedReadings(text));
  const readings = line ? undecidedReadings(line) : undefined;
  if (!line || !readings || cleaned.publishedOn !== readings.monthFirst) return cleaned;
  // " date 2022-02-05" lifted from the page beside "02/05/2022 | 06:07am EST": the page's own ISO
  // stamp says which reading its numbers are.
  if (cleaned.removed.some((text) => text !== line && ISO_DAY.exec(text)?.[1] === readings.monthFirst))
    return cleaned;
  const meta = input.meta;
  const style = meta?.publisher
    ? curatedStyle(styles, meta.publisher, meta.url)
    : styles.publishers.find((p) => p.name === guessPublisher(cleaned, styles, meta?.url).publisher);
  if (style) return style.dayFirst ? clean(input.raw, { ...styles, dayOrder: "day-first" }) : cleaned;
  warnings.push(
    `the page's stamp "${line}" may be ${readings.dayFirst} or ${readings.monthFirst} (day or month first) and nothing on the page says which; it gives no publication date (supply --published YYYY-MM-DD).`,
  );
  const undated: CleanedReadout = { ...cleaned };
  delete undated.publishedOn;
  delete undated.placeOverDate;
  if (undated.filedOn === readings.monthFirst) delete undated.filedOn;
  return undated;
}
