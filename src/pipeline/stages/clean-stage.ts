/** Stage clean: removes site furniture by the house styles and fixes the reference date. */
import { clean } from "../clean";
import { dateFromUrl } from "../url-date";
import { ExtractionError, type Stage } from "./stage";

export const cleanStage: Stage = {
  name: "clean",
  job: "drops site furniture by the house styles (publishers.json), lifts stamps, credits and the headline, and fixes the reference date",
  run(context) {
    const { input, styles, warnings } = context;
    const cleaned = clean(input.raw, styles);
    if (cleaned.text.trim() === "")
      throw new ExtractionError(
        `${input.id}: nothing is left after removing site furniture; supply the body of the readout.`,
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
    context.cleaned = cleaned;
    const fromUrl = dateFromUrl(input.meta?.url);
    context.reference =
      cleaned.filedOn ?? cleaned.publishedOn ?? input.publishedOn ?? input.meta?.publishedOn ?? fromUrl;
    // Provenance says where a publication date read from the URL came from.
    if (
      context.reference &&
      context.reference === fromUrl &&
      !cleaned.publishedOn &&
      !input.publishedOn &&
      !input.meta?.publishedOn
    )
      context.referenceFrom = "the readout's URL";
    // A dateline day before the page stamp: relative days refer to it, and the summary says so.
    if (cleaned.filedOn && cleaned.filedOn !== cleaned.publishedOn) context.referenceFrom = "the dateline";
  },
};
