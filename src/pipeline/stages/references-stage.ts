/** Stage references: every name, role noun, side and pronoun, found once over the whole text. */
import { need } from "../context";
import { analyseReferences } from "../references";
import type { Stage } from "./stage";

export const referencesStage: Stage = {
  name: "references",
  job: "finds every person, role noun, side and pronoun once for the whole text, and people it introduces",
  run(context) {
    const cleaned = need(context.cleaned, "cleaned", "references");
    const sentences = need(context.sentences, "sentences", "references");
    const refs = analyseReferences(cleaned.text, cleaned.title, context.reference, context.homeParty);
    context.references = refs;
    context.items = sentences
      .filter((s) => !s.heading)
      .map((sentence) => ({ sentence, refs: refs.within(sentence.span[0], sentence.span[1]) }));
  },
};
