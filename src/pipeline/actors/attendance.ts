/**
 * Attendance: the actors an attendance sentence lists ("Also present were …", "… attended the
 * talks", "accompanied by …"). It reads the mentions the references stage already found.
 */
import type { ActorMention } from "./types";

/** Cues after which the attendees are listed: "Also present were …", "Attending the talks were …", "accompanied by …". */
const CUES_BEFORE_LIST = [
  /(?:^|[,;:]\s*|\b(?:also|those|others)\s+)(?:present|attending|participating|in\s+attendance)\b[^,.;:]{0,60}?\b(?:were|was|included|include)\b/giu,
  /\b(?:accompanied|joined|attended)\s+by\b/giu,
];
/** Cues the attendees precede: "… were present at the meeting", "… attended the above event", "… accompanied Xi". */
const CUES_AFTER_LIST = [
  /\b(?:were|was|are|is)\s+(?:also\s+)?(?:among\s+(?:those\s+)?)?(?:present|in\s+attendance)\b/giu,
  /\b(?:also\s+)?(?:attended|participated\s+in|took\s+part\s+in|accompanied)\b(?!\s+by\b)/giu,
  /\b(?:also\s+)?joined\s+(?:the\s+|them\s+(?:at|in)\s+the\s+)?(?:talks|meeting|event|discussions?|call|conversation|banquet|ceremony)\b/giu,
  /\b(?:also\s+)?joined\s+(?:[\w-]+\s+){1,3}(?:for|in|at|on)\s+the\s+(?:talks|meeting|event|discussions?|call|conversation|banquet|ceremony)\b/giu,
];
/** Cheap test run first: most sentences carry no attendance cue at all. */
const ANY_CUE = /\b(?:present|attend|accompan|participat|took\s+part|joined)/iu;
/** Words that end a list of names: a new clause, a verb of saying, a pronoun. */
const LIST_BREAK =
  /[;:()"“”.!?]|\b(?:who|whom|whose|which|that|said|says|say|told|noted|stressed|thanked|met|meets|held|holds|talked|spoke|called|invited|welcomed|urged|expressed|he|she|they|it|we|his|her|their|when|while|after|before|during|because|if|but|where|although|then)\b/iu;

/** Abbreviations whose full stop does not end a list ("Also present were H.E. Mr. …"). */
const ABBREVIATIONS = /\b(?:H\.\s?E|Mr|Mrs|Ms|Dr|Prof|Gen|Adm|Amb|Sen|Rep|St)\./g;
const breaksList = (gap: string) => LIST_BREAK.test(gap.replace(ABBREVIATIONS, ""));

function listBefore(mentions: readonly ActorMention[], text: string, cueStart: number): ActorMention[] {
  const list: ActorMention[] = [];
  let boundary = cueStart;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > boundary) continue;
    if (breaksList(text.slice(m.end, boundary))) break;
    list.unshift(m);
    boundary = m.start;
  }
  return list;
}

function listAfter(mentions: readonly ActorMention[], text: string, cueEnd: number): ActorMention[] {
  const list: ActorMention[] = [];
  let boundary = cueEnd;
  for (const m of mentions) {
    if (m.start < boundary) continue;
    if (breaksList(text.slice(boundary, m.start))) break;
    list.push(m);
    boundary = m.end;
  }
  return list;
}

/**
 * Actors named in an attendance sentence ("Wang Huning, Li Zhanshu, Yang Jiechi and others were present
 * at the meeting.", "Cai Qi and Wang Yi attended the above event.", "Also present were …",
 * "… accompanied by …", "Attending the talks were …"): only the names in the list the cue governs.
 * [] when the sentence does not say someone attended or was present. Principals who "attended" an
 * event are returned too; the caller separates them. `mentions`: the names the references stage found
 * in this sentence, with offsets into `text`.
 */
// "…attended by, from the Russian side: A, B; from the Chinese side: C, D." lists both delegations in
// one sentence; the side labels and semicolons are blanked (same length, so offsets hold) to read one list.
const SIDE_LABEL = /\bfrom\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+side\s*:/iu;
const SIDE_LABEL_OR_SEMICOLON = /\bfrom\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+side\s*:|;/giu;

export function findAttendees(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  if (!ANY_CUE.test(text)) return [];
  const sentence = SIDE_LABEL.test(text)
    ? text.replace(SIDE_LABEL_OR_SEMICOLON, (label) => (label === ";" ? "," : " ".repeat(label.length)))
    : text;
  const found: ActorMention[] = [];
  for (const cue of CUES_BEFORE_LIST) {
    for (const m of sentence.matchAll(cue))
      found.push(...listAfter(mentions, sentence, m.index + m[0].length));
  }
  for (const cue of CUES_AFTER_LIST) {
    for (const m of sentence.matchAll(cue)) found.push(...listBefore(mentions, sentence, m.index));
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((m) => (seen.has(m.actorId) ? false : (seen.add(m.actorId), true)));
}
