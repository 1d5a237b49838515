/**
 * Every person a text names: known people (gazetteer), people introduced by the general rule, and
 * later short references (full name, family name) to those introduced.
 */
import { personById } from "../gazetteer";
import { PhraseMatcher, slugify, wordRuns, type WordRun } from "../text-utils";
import { findKnown } from "./known-people";
import { appositiveIntroductions } from "./appositive-introductions";
import { delegationLeaders } from "./delegation-leaders";
import { findIntroductions } from "./introductions";
import { officeIntroductions } from "./office-introductions";
import { pageParty } from "./party-forms";
import { referenceForms } from "./reference-forms";
import type { ActorMention, IntroducedPerson } from "./types";

/**
 * Known people in text by name/alias (case-sensitive, word-bounded, longest match wins, no overlaps),
 * plus people introduced by the general rule "<party adjective> <title> <Name>" ("German Chancellor
 * Olaf Scholz", "UN Secretary-General X Y") or "<title> of <party> <Name>" ("President of Kenya X Y"),
 * which also yields IntroducedPerson records for people not in the gazetteer; once introduced, their
 * full name and family name are recognised anywhere in the text. `date` (YYYY-MM-DD) resolves aliases
 * several people share ("Premier Li"). `known` are people introduced elsewhere in the same readout
 * (pass them when calling per sentence). A bare unknown capitalised name is never invented into a person.
 * `runs` are the text's word runs when the caller has them already (one scan of the text, not several).
 * `homeParty` is whose own page the text is, for bare titles when the text names no other country.
 */
export function findActorMentions(
  text: string,
  date?: string,
  known: readonly IntroducedPerson[] = [],
  runs: readonly WordRun[] = wordRuns(text),
  homeParty?: string,
): { mentions: ActorMention[]; introduced: IntroducedPerson[] } {
  const mentions = findKnown(text, runs, date);
  const overlapsMention = (start: number, end: number) =>
    mentions.some((m) => start < m.end && m.start < end);

  const introduced: IntroducedPerson[] = [];
  const titled = findIntroductions(text, runs, homeParty);
  // A speaker label only ("Penny Wong, Foreign Minister: …") reads whose page it is.
  const labelled = /(?:^|\n)[^\n:]{3,80}:\s/.test(text) ? pageParty(text, runs, homeParty) : undefined;
  const appositive = [...titled, ...appositiveIntroductions(text, titled, labelled, homeParty)];
  const people = [...appositive, ...delegationLeaders(text, appositive)];
  const intros = [...people, ...officeIntroductions(text, people)].sort((x, y) => x.start - y.start);
  for (const intro of intros) {
    const overlapping = mentions.filter((m) => intro.start < m.end && m.start < intro.end);
    if (overlapping.length > 0) {
      // A known person's one-word alias inside a longer name of someone from another party is a
      // coincidence ("Iranian Foreign Minister Abbas X" is not Mahmoud Abbas): the introduction wins.
      const coincidental = overlapping.every(
        (m) =>
          m.via === "alias" &&
          m.start >= intro.start &&
          m.end <= intro.end &&
          personById(m.actorId)?.party !== intro.party,
      );
      if (!coincidental) continue;
      for (const m of overlapping) mentions.splice(mentions.indexOf(m), 1);
    }
    const id = slugify(intro.name);
    if (personById(id)) {
      mentions.push({
        actorId: id,
        start: intro.start,
        end: intro.end,
        surface: text.slice(intro.start, intro.end),
        via: "name",
      });
    } else {
      if (!introduced.some((p) => p.id === id) && !known.some((p) => p.id === id)) {
        introduced.push({ id, name: intro.name, party: intro.party, title: intro.title });
      }
      mentions.push({
        actorId: id,
        start: intro.start,
        end: intro.end,
        surface: text.slice(intro.start, intro.end),
        via: "introduced",
      });
    }
  }

  const referents = [...known, ...introduced];
  if (referents.length > 0) {
    // A family name two introduced people share is ambiguous: only full names then.
    const formOwners = new Map<string, Set<string>>();
    for (const person of referents)
      for (const form of referenceForms(person))
        formOwners.set(form, (formOwners.get(form) ?? new Set()).add(person.id));
    const matcher = new PhraseMatcher(
      [...formOwners]
        .filter(([, owners]) => owners.size === 1)
        .map(([phrase, owners]) => ({ phrase, value: [...owners][0]! })),
    );
    for (const hit of matcher.find(text, runs)) {
      if (!overlapsMention(hit.start, hit.end))
        mentions.push({
          actorId: hit.value,
          start: hit.start,
          end: hit.end,
          surface: text.slice(hit.start, hit.end),
          via: "introduced",
        });
    }
  }

  return {
    mentions: mentions.sort((a, b) => a.start - b.start),
    introduced,
  };
}
