/**
 * "General remarks": what a side says that no topic of the taxonomy tags. The meeting panel and
 * the comparison show such statements in a row of that name, so the Topic filter offers it too,
 * under the same name, as a pseudo-topic that is not in the taxonomy (and never in a meeting's
 * `topics`): the meeting index marks the meetings that have one. Pure.
 */
import { NARRATOR, type Statement } from "./schema";

/** The Topic filter's id for it (topic=general-remarks); the label is UNTAGGED_TOPIC_LABEL. */
export const GENERAL_REMARKS_TOPIC = "general-remarks";

/** True when a side, not the publisher's narration, says something tagged with no topic. */
export function hasGeneralRemarks(statements: readonly Pick<Statement, "party" | "speaker" | "topics">[]) {
  return statements.some((s) => s.topics.length === 0 && s.party !== NARRATOR && s.speaker !== NARRATOR);
}
