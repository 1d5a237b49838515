/**
 * Japan's foreign ministry announces a person's points before them: "The overview of Minister M's
 * remarks is as follows." or "(1) M expressed …, and stated the following:"; the points under it are M's.
 */
import { NARRATOR } from "../../domain/schema";
import { FOLLOWING_LEAD, OVERVIEW_OF, PAREN_ITEM } from "../language/en/speech-patterns";
import type { Rule } from "./rule-input";
import { resolveReference } from "./state";

const narrator = { speaker: NARRATOR };

export const overviewLabel: Rule = {
  name: "overview-label",
  reads:
    '"The overview of Minister M\'s remarks is as follows." (Japan\'s foreign ministry): the points under it are M\'s until the next heading; so are those after "(1) M … stated the following:", until the next numbered item',
  decide({ newParagraph, sentence, text, people, rel, state }) {
    const label = newParagraph ? OVERVIEW_OF.exec(text) : null;
    if (label) {
      const named = label.index + label[0].length;
      const ref = people.find((r) => r.kind !== "pronoun" && rel(r).end <= named);
      state.overviewSpeaker = ref && resolveReference(state, ref);
      state.overviewEndsAtItem = false;
      return narrator;
    }
    // "(1) M expressed …, and stated the following:": the lead is M's, and so are the points under it.
    const lead =
      newParagraph && FOLLOWING_LEAD.test(text) ? people.find((r) => r.kind !== "pronoun") : undefined;
    const leader = lead && rel(lead).start < 60 ? resolveReference(state, lead) : undefined;
    if (leader) {
      state.overviewSpeaker = leader;
      state.overviewEndsAtItem = PAREN_ITEM.test(text);
      return { speaker: leader };
    }
    if (!state.overviewSpeaker) return undefined;
    if (newParagraph && state.overviewEndsAtItem && PAREN_ITEM.test(text)) {
      state.overviewSpeaker = undefined;
      return undefined;
    }
    // A heading ("2 Bilateral Relations": a few words, no final point) ends the points.
    const heading =
      sentence.heading || (!/[.!?…"”’)]$/.test(text.trimEnd()) && text.split(/\s+/).length <= 8);
    if (newParagraph && heading) {
      state.overviewSpeaker = undefined;
      return undefined;
    }
    return { speaker: state.overviewSpeaker };
  },
};
