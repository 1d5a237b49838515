/**
 * A round-up of several meetings: "Premier L held bilateral talks with leaders from Aland, Borvia and
 * Cestria on Monday. Premier L told Aland's Prime Minister A that … In talks with Borvia's President
 * B, Premier L said …". The first sentence names only countries, so no sentence with a meeting verb
 * names A: the Chinese side telling a foreign leader something, where that leader is named for the
 * first time and an earlier sentence announced talks with that leader's country without naming any
 * of its people, is A's meeting. So is it after a sentence telling separate meetings ("Xi held
 * individual meetings with A, B and C. He also told Nauru's President D that …"): D is one more.
 */
import { CHINA } from "../domain/schema";
import { isPersonActor, partyOfActor } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import { partyById } from "./gazetteer";
import { type AnchorPair, happenedCue, type SentenceRefs } from "./meetings";
import { escapeRegExp } from "./text-utils";
import { SEPARATE_MEETINGS } from "./language/en/meeting-patterns";
import type { Reference } from "./references";

/** "told" with its object right after it (a title and a name, at most a few words in). */
const TOLD = /\btold\s+(?=(?:[\p{Lu}][\p{L}'’.-]*\s+){0,6}[\p{Lu}])/u;

/** Whether `text` names the country `party` by its name, an alias or its adjective. */
function namesCountry(text: string, party: string): boolean {
  const record = partyById(party);
  if (!record) return false;
  const forms = [record.name, ...record.aliases, ...record.adjectives].filter((f) => f.length > 2);
  return forms.length > 0 && new RegExp(`\\b(?:${forms.map(escapeRegExp).join("|")})\\b`).test(text);
}

export function roundUpAnchor(
  items: readonly SentenceRefs[],
  at: number,
  introduced: readonly IntroducedPerson[],
  /** The sentence's references, with "He" read as the Chinese subject before (pronoun-subject.ts). */
  refs: readonly Reference[] = items[at]!.refs,
): AnchorPair | undefined {
  const { sentence } = items[at]!;
  const told = sentence.heading ? null : TOLD.exec(sentence.text);
  if (!told) return undefined;
  const offset = sentence.span[0];
  const objectAt = offset + told.index + told[0].length;
  const people = refs.filter(
    (r) => r.actorId && (r.kind === "name" || r.kind === "role") && isPersonActor(r.actorId, introduced),
  );
  const chinese = people.find(
    (r) => r.end <= offset + told.index && partyOfActor(r.actorId!, introduced) === CHINA,
  );
  // The object of "told": the first person named after it, within its title's few words.
  const foreign = people.find((r) => r.start >= objectAt && r.start - objectAt <= 60);
  const party = foreign && partyOfActor(foreign.actorId!, introduced);
  if (!chinese || !foreign || !party || party === CHINA) return undefined;
  const before = items.slice(0, at);
  if (before.some((item) => item.refs.some((r) => r.actorId === foreign.actorId))) return undefined;
  // The announcement names the country but none of its people ("talks with leaders from Aland, …"):
  // after "Li held talks with Aland's President C", "Li told Aland's foreign minister A" is C's meeting.
  const announced = before.some(
    (item) =>
      !item.sentence.heading &&
      happenedCue(item.sentence.text) &&
      namesCountry(item.sentence.text, party) &&
      !item.refs.some(
        (r) =>
          r.actorId && isPersonActor(r.actorId, introduced) && partyOfActor(r.actorId, introduced) === party,
      ),
  );
  const separate = before.some(
    (item) =>
      !item.sentence.heading && happenedCue(item.sentence.text) && SEPARATE_MEETINGS.test(item.sentence.text),
  );
  if (!announced && !separate) return undefined;
  const start = offset + told.index;
  return { chinese: chinese.actorId!, foreign: foreign.actorId!, cue: [start, start + "told".length] };
}
