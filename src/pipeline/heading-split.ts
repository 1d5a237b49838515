/**
 * A round-up whose sections are headed by its meetings: "Premier L met leaders attending the forum
 * in Beijing on Tuesday. | Meeting with Samoan Prime Minister T | L said … | Meeting with Tongan
 * Prime Minister S | L said …". No sentence names both sides of any meeting: each heading inside the
 * body that names a meeting with a foreign person opens that person's meeting with the Chinese
 * person of the lead's meeting sentence (or the one the heading names), anchored at the section's
 * first sentence. Used only when no sentence anchors a meeting.
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import { happenedCue } from "./happened-cue";
import type { MeetingDraft, MeetingSplit, SentenceRefs } from "./meetings";
import type { Reference } from "./references";
import type { Sentence } from "./types";

/** "Meeting with …", "Talks with …", "Bilateral meeting with …", "L meets Prime Minister T". */
const MEETING_HEADING =
  /^(?:(?:bilateral\s+)?(?:meeting|talks|conversation|call)\s+with\b|.{0,60}\b(?:meets?|met|holds talks)\s+(?:with\s+)?)/i;

export function headingSplit(
  sentences: readonly Sentence[],
  items: readonly SentenceRefs[],
  within: (start: number, end: number) => Reference[],
  introduced: readonly IntroducedPerson[],
): MeetingSplit | undefined {
  const first = items[0];
  if (!first) return undefined;
  const people = (refs: readonly Reference[]) =>
    refs.filter(
      (r) => r.actorId && (r.kind === "name" || r.kind === "role") && isPersonActor(r.actorId, introduced),
    );
  const isChinese = (r: Reference) => partyOfActor(r.actorId!, introduced) === CHINA;
  // The lead's meeting sentence names the Chinese side ("Premier L on Tuesday met … with leaders …").
  const lead = items.find((item) => happenedCue(item.sentence.text) && people(item.refs).some(isChinese));
  const host = lead && people(lead.refs).find(isChinese);
  const sections = sentences.flatMap((sentence) => {
    if (
      !sentence.heading ||
      sentence.span[0] < first.sentence.span[0] ||
      !MEETING_HEADING.test(sentence.text)
    )
      return [];
    const named = people(within(sentence.span[0], sentence.span[1]));
    const foreign = named.find((r) => !isChinese(r));
    const chinese = named.find(isChinese) ?? host;
    return foreign && chinese
      ? [{ heading: sentence, chinese: chinese.actorId!, foreign: foreign.actorId! }]
      : [];
  });
  if (sections.length === 0) return undefined;
  const meetings: MeetingDraft[] = [];
  for (const [i, section] of sections.entries()) {
    const end = sections[i + 1]?.heading.span[0] ?? Infinity;
    const body = items.filter(
      (item) => item.sentence.span[0] > section.heading.span[0] && item.sentence.span[0] < end,
    );
    const anchor = body[0];
    if (!anchor) continue;
    const same = meetings.find((m) => m.chinese === section.chinese && m.foreign === section.foreign);
    if (same) {
      same.sentences.push(...body);
      continue;
    }
    const at = anchor.sentence.span[0];
    meetings.push({
      chinese: section.chinese,
      foreign: section.foreign,
      anchor: anchor.sentence,
      cue: [at, at],
      sentences: [...body],
    });
  }
  if (meetings.length === 0) return undefined;
  const start = sections[0]!.heading.span[0];
  return { meetings, preamble: items.filter((item) => item.sentence.span[0] < start) };
}
