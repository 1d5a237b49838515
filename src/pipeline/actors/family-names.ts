/**
 * Known people named in full are later called by family name alone ("Han said", "Wong added").
 * Agencies drop diacritics ("Sanchez" for Sánchez) and transliterate differently ("Lawrow" for
 * Lavrov: spelling-variants.ts), so those spellings are the same name, and two names that fold alike
 * are shared. A family name two people of the readout share ("Li"
 * for Li Qiang and Li Keqiang) is no one's here; it is kept with both ids, and the speaker stage
 * gives it to the one who is a principal of the meeting (attribution/tracker.ts), since a readout
 * calls its principal by family name and names anyone else who shares it in full.
 */
import { calledByWord, personById } from "../gazetteer";
import { withSpellingVariants } from "./spelling-variants";
import { foldDiacritics, PhraseMatcher, type WordRun } from "../text-utils";
import type { ActorMention } from "./types";

/** A bare family name several people of the readout share: where it stands and whom it may name. */
export interface SharedFamilyName {
  start: number;
  end: number;
  surface: string;
  candidates: string[];
}

/** Adds the family names one person owns to `mentions` (in text order); returns the shared ones. */
export function addFamilyNames(
  text: string,
  runs: readonly WordRun[],
  peopleIds: Iterable<string>,
  mentions: ActorMention[],
): SharedFamilyName[] {
  const families = new Map<string, { owners: string[]; forms: string[] }>();
  for (const id of peopleIds) {
    const record = personById(id);
    const words = record?.name.split(/\s+/) ?? [];
    if (!record || words.length < 2) continue;
    const family = calledByWord(words, record.party)!;
    const key = foldDiacritics(family);
    const entry = families.get(key);
    if (!entry) families.set(key, { owners: [id], forms: withSpellingVariants([family]) });
    else if (!entry.owners.includes(id)) entry.owners.push(id);
  }
  const phrases = [...families.values()].flatMap(({ owners, forms }) =>
    forms.map((phrase) => ({ phrase, value: owners })),
  );
  const shared: SharedFamilyName[] = [];
  if (phrases.length === 0) return shared;
  for (const hit of new PhraseMatcher(phrases).find(text, runs)) {
    if (mentions.some((m) => hit.start < m.end && m.start < hit.end)) continue;
    const surface = text.slice(hit.start, hit.end);
    if (hit.value.length > 1) shared.push({ start: hit.start, end: hit.end, surface, candidates: hit.value });
    else mentions.push({ actorId: hit.value[0]!, start: hit.start, end: hit.end, surface, via: "alias" });
  }
  mentions.sort((a, b) => a.start - b.start);
  return shared;
}
