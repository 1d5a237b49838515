/** Stage meetings: which meetings the readout describes, and which sentences belong to each. */
import { need } from "../context";
import { splitMeetings } from "../meetings";
import { captionAnchor } from "../caption-anchor";
import { headingSplit } from "../heading-split";
import { inferMeeting } from "../inferred-meeting";
import { titleAnchor } from "../title-anchor";
import { GAZETTEER_FILES, unknownCountryIn } from "../unknown-country";
import { ExtractionError, type Stage } from "./stage";

export const meetingsStage: Stage = {
  name: "meetings",
  job: "finds each meeting's anchor sentence (a Chinese and a foreign person, a meeting verb; in wire copy without one, a joint subject of an agreement or an opener naming the talks; else the best-supported pair a headline, caption or sentences show, marked inferred) and assigns every sentence to one meeting",
  run(context) {
    // A title is optional: it only anchors transcript pages whose body never says "met".
    const title = context.cleaned?.title;
    const items = need(context.items, "items", "meetings");
    const refs = need(context.references, "references", "meetings");
    const cleaned = context.cleaned;
    const firstBody = cleaned?.paragraphs.findIndex((p) => !p.heading) ?? -1;
    const headers = (cleaned?.paragraphs.slice(0, Math.max(0, firstBody)) ?? []).map((p) =>
      cleaned!.text.slice(...p.span),
    );
    // Else a meeting only a photo caption says, its body naming the two.
    const split = splitMeetings(
      items,
      refs.introduced,
      (all) =>
        titleAnchor(title, all, refs.introduced, context.reference, headers) ??
        captionAnchor(cleaned?.captions ?? [], all, refs.introduced, context.reference),
    );
    // A round-up whose sections are headed "Meeting with …": the headings open its meetings.
    const headed =
      split.meetings.length === 0
        ? headingSplit(need(context.sentences, "sentences", "meetings"), items, refs.within, refs.introduced)
        : undefined;
    if (headed) Object.assign(split, headed);
    // Else the best-supported meeting the headline, captions and sentences show, if any clears the bar.
    const inferred =
      split.meetings.length === 0
        ? inferMeeting({
            items,
            headings: need(context.sentences, "sentences", "meetings")
              .filter((s) => s.heading)
              .map((sentence) => ({ sentence, refs: refs.within(...sentence.span) })),
            ...(title !== undefined ? { title } : {}),
            captions: cleaned?.captions ?? [],
            introduced: refs.introduced,
            ...(context.reference ? { reference: context.reference } : {}),
          })
        : undefined;
    if (inferred) {
      inferred.draft.sentences.push(...items.slice(inferred.at));
      Object.assign(split, { meetings: [inferred.draft], preamble: items.slice(0, inferred.at) });
    }
    if (split.meetings.length === 0) {
      // A counterpart named by a title and a country the gazetteer lacks: say so, invent nothing.
      const country = unknownCountryIn(items.map((item) => item.sentence.text));
      throw new ExtractionError(
        `${context.input.id}: no meeting found; a readout needs a sentence saying that a Chinese leader met, held talks or a call with a named foreign counterpart${country ? `: the counterpart's country '${country}' is not one the atlas knows (${GAZETTEER_FILES})` : ""}.`,
      );
    }
    // The preamble is narrated context of the first meeting; its facts are shared by all.
    split.meetings[0]!.sentences.unshift(...split.preamble);
    context.split = split;
  },
};
