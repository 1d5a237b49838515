/**
 * A briefing page: "Wang Yi said that President Xi Jinping had dinner and held a meeting with
 * President B of the US in Buenos Aires on the evening of December 1." The foreign minister tells
 * the press of his leader's meeting and no sentence tells it in the publisher's own voice. When no
 * sentence anchors a meeting, the meeting told in a "said that" clause is the page's, its people
 * read from the clause (not the one who reports it). Its words stay the reporter's (attribution).
 */
import type { IntroducedPerson } from "./actors/types";
import { REPORTED_THAT } from "./language/en/meeting-patterns";
import { type AnchorPair, anchorPair, type SentenceRefs } from "./meetings";
import type { Span } from "./types";

export function reportedAnchor(
  item: SentenceRefs,
  introduced: readonly IntroducedPerson[],
): AnchorPair | undefined {
  const { sentence, refs } = item;
  const said = sentence.heading ? null : REPORTED_THAT.exec(sentence.text);
  if (!said) return undefined;
  const offset = said.index + said[0].length;
  const from = sentence.span[0] + offset;
  const clause = { ...sentence, text: sentence.text.slice(offset), span: [from, sentence.span[1]] as Span };
  const pair = anchorPair({ sentence: clause, refs: refs.filter((r) => r.start >= from) }, introduced);
  return pair && !pair.aside ? pair : undefined;
}
