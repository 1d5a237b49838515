/** Stage publisher: the readout record, with its publisher curated or guessed from the house styles. */
import { need } from "../context";
import { curatedStyle, guessPublisher } from "../publisher";
import type { Sentence } from "../types";
import type { Stage } from "./stage";

function titleFallback(sentences: Sentence[]): string {
  const first = sentences.find((s) => !s.heading)?.text ?? "Untitled readout";
  return first.length > 100 ? `${first.slice(0, 99).trimEnd()}…` : first;
}

export const publisherStage: Stage = {
  name: "publisher",
  job: "names the publisher, its perspective and, for a government's own page, its country (sources.json, else the house styles: URL, site, signature, agency, else a header line naming the site by office and country: 'President of Mongolia') and builds the readout record",
  run(context) {
    const { input, styles, warnings, reference } = context;
    const cleaned = need(context.cleaned, "cleaned", "publisher");
    const meta = input.meta;
    const guess = meta?.publisher ? undefined : guessPublisher(cleaned, styles, meta?.url);
    const publisher = guess ?? { publisher: meta!.publisher!, perspective: meta?.perspective ?? "media" };
    // A curated publisher that has a house style keeps that style's government.
    context.homeParty = guess ? guess.party : curatedStyle(styles, publisher.publisher, meta?.url)?.party;
    if (!meta?.publisher)
      warnings.push(
        `publisher not curated; guessed "${publisher.publisher}" (${publisher.perspective}); add it to sources.json.`,
      );
    context.readout = {
      id: input.id,
      title: cleaned.title ?? meta?.title ?? titleFallback(need(context.sentences, "sentences", "publisher")),
      publisher: publisher.publisher,
      perspective: publisher.perspective,
      // The stamp is the publication date even where the dateline's day (the reference) is earlier.
      ...((cleaned.publishedOn ?? reference) ? { publishedOn: cleaned.publishedOn ?? reference } : {}),
      ...(meta?.url ? { url: meta.url } : {}),
      text: cleaned.text,
    };
  },
};
