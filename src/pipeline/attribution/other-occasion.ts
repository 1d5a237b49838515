/**
 * Someone who is not at the table, on another occasion than this meeting ("In March, President
 * Xi, during a visit to Russia, invited M …" in a readout of Li Qiang's call with M; "Spain's
 * economy minister said earlier this month that growth …"): the publisher's background. A
 * principal's own earlier words stay his (the saying rules decide), as in "X last month said …".
 */
import { isPseudoSpeaker, NARRATOR } from "../../domain/schema";
import { OTHER_OCCASION_OPENER, SAID_ON_OTHER_OCCASION } from "../language/en/occasion-patterns";
import { SUBJECT_LEAD } from "../language/en/speech-patterns";
import type { Rule } from "./rule-input";
import { resolveReference } from "./state";

export const otherOccasion: Rule = {
  name: "other-occasion",
  reads:
    '"In March, X invited …", "the economy minister said earlier this month …": someone not at the table, on another occasion, is the publisher\'s background',
  decide({ text, people, rel, state, principals, newParagraph }) {
    // Inside a speaker's turn or paragraph, he is the one recounting it ("China values Laos. Earlier
    // this year, President Xi held a call with …" in Li's paragraph).
    if (state.labelSpeaker) return undefined;
    const opener = OTHER_OCCASION_OPENER.exec(text)?.[0].length;
    const said = SAID_ON_OTHER_OCCASION.exec(text)?.[0].length;
    if (opener === undefined && said === undefined) return undefined;
    // A named third person's words of another day ("Blinken said … . Biden this month expressed
    // …") are told by the publisher, in a speaker's paragraph too; an opener there stays his.
    const inTurn = !newParagraph && !isPseudoSpeaker(state.lastSpeaker);
    if (inTurn && (opener !== undefined || said === undefined)) return undefined;
    const from = opener ?? 0;
    // The subject: the first person after the opener, titles and a possessive country before it.
    const subject = people.find((r) => r.kind !== "side" && rel(r).start >= from);
    const leads = subject && SUBJECT_LEAD.test(text.slice(from, rel(subject).start));
    if (subject && leads) {
      if (subject.kind === "pronoun") return undefined;
      const id = resolveReference(state, subject);
      if (inTurn && (subject.kind !== "name" || id === state.lastSpeaker)) return undefined;
      return id && !principals.has(id) ? { speaker: NARRATOR } : undefined;
    }
    if (inTurn) return undefined;
    // No person opens it ("Spain's economy minister said earlier this month …"): a principal named
    // before the verb would be the subject, so only without one.
    if (said === undefined || people.some((r) => r.kind !== "side" && rel(r).start < said)) return undefined;
    return { speaker: NARRATOR };
  },
};
