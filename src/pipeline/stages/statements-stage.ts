/** Stage statements: every sentence of a meeting as a statement, with the speaker the rules chose. */
import { partyOfActor } from "../actors/dataset-actors";
import { attributeParaphraseTags } from "../attribution/paraphrase-tags";
import { attributeQuotationTags, type AttributedSentence } from "../attribution/quotation-tags";
import { attributeReportedJointActs } from "../attribution/reported-joint";
import { SpeakerTracker } from "../attribution/tracker";
import { need } from "../context";
import { CHINA, isPseudoSpeaker, type Statement } from "../../domain/schema";
import type { MeetingDraft } from "../meetings";
import type { Stage } from "./stage";

/**
 * The principal of the one side whose people an attendance sentence lists ("Foreign Minister A and
 * Finance Minister B accompanied the President"), so "They said …" right after it is that side's.
 */
function listedSideOf(
  listed: readonly string[],
  partyOf: (id: string) => string,
  principalByParty: ReadonlyMap<string, string>,
): string | undefined {
  const parties = new Set(listed.map(partyOf));
  const [party] = parties;
  return parties.size === 1 && party ? principalByParty.get(party) : undefined;
}

export const statementsStage: Stage = {
  name: "statements",
  job: "decides who says each sentence by the ordered speaker rules (attribution/rules.ts) and records the rule on the statement",
  run(context) {
    const { input } = context;
    const split = need(context.split, "split", "statements");
    const present = need(context.present, "present", "statements");
    const { introduced } = need(context.references, "references", "statements");
    const { perspective } = need(context.readout, "readout", "statements");
    // Extracted ids always resolve; "unknown" only guards the type for an id no stage produces.
    const partyOf = (id: string) => partyOfActor(id, introduced, context.reference) ?? "unknown";
    // One tracker for the whole readout: "he" and open quotations run across meeting boundaries.
    const tracker = new SpeakerTracker();
    const byMeeting = new Map<MeetingDraft, Statement[]>();
    for (const draft of split.meetings) {
      const principals = new Set([draft.chinese, draft.foreign]);
      const principalByParty = new Map([
        [CHINA, draft.chinese],
        [partyOf(draft.foreign), draft.foreign],
      ]);
      // A role noun both principals hold ("the head of state") is, on one side's own page, its leader.
      const homeParty =
        perspective === "china" ? CHINA : perspective === "counterpart" ? partyOf(draft.foreign) : undefined;
      const attributed: AttributedSentence[] = [];
      for (const { sentence, refs } of draft.sentences) {
        // A line with no letters ("1.", "***") is numbering or decoration, not a statement.
        if (!/\p{L}/u.test(sentence.text)) continue;
        if (draft.speaker) tracker.speakAs(draft.speaker);
        const listed = present.get(sentence.index) ?? [];
        const attribution = tracker.attribute({
          sentence,
          refs,
          attendance: listed.length > 0,
          listedSide: listedSideOf(listed, partyOf, principalByParty),
          principals,
          principalByParty,
          homeParty,
        });
        attributed.push({ sentence, refs, attribution });
      }
      // A tag after a quotation names its speaker from the quotation's first sentence on.
      attributeQuotationTags(attributed);
      // So does a tag at the end of a paragraph of unquoted paraphrase.
      attributeParaphraseTags(attributed);
      // A joint act inside a spokesperson's quotation is still the two's.
      attributeReportedJointActs(attributed, principals);
      const statements: Statement[] = attributed.map(({ sentence, attribution }) => ({
        id: `${input.id}-s${sentence.index + 1}`,
        readoutId: input.id,
        speaker: attribution.speaker,
        party: isPseudoSpeaker(attribution.speaker) ? attribution.speaker : partyOf(attribution.speaker),
        ...(attribution.verb ? { verb: attribution.verb } : {}),
        speakerRule: attribution.rule,
        topics: [],
        text: sentence.text,
        span: sentence.span,
      }));
      byMeeting.set(draft, statements);
    }
    context.statements = byMeeting;
  },
};
