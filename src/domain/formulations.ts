/**
 * The formulation tracker (issue 13): recurring official phrases — word n-grams of 3 to 8 words
 * that at least two meetings use — with stop-phrases and names removed and overlapping n-grams
 * folded into their longest stable form, ranked by how many meetings use them. Pure; computed once
 * per dataset (see `npm run bench` for its time on 10,000 meetings).
 */
import type { Actor, Meeting } from "./schema";
import { isStopWord } from "./terms";
import { countGrams, EXCLUDED, FUNCTION, MIN_MEETINGS, type Grams } from "./formulation-grams";
import {
  buildWordStream,
  statementAt,
  wordSpans,
  type FormulationUser,
  type WordStream,
} from "./formulation-words";

export type { FormulationUser } from "./formulation-words";

export interface Formulation {
  /** Folded words joined by spaces: the key, the URL value and what highlight() marks. */
  phrase: string;
  /** As its first use spells it ("one-China principle"). */
  label: string;
  /** The meetings that use it, in date order. */
  meetingIds: string[];
  /** Days of its first and last use. */
  first: string;
  last: string;
  /** Statements using it, by who said them. */
  users: Record<FormulationUser, number>;
}

export const MIN_WORDS = 3;
export const MAX_WORDS = 8;

/** Reporting verbs, dates and meeting words: a phrase with one of them is the readout's framing, not a formulation. */
const FRAMING_WORDS = new Set(
  "said says noted noting stated reiterated thanked stressed pointed added emphasized emphasised underlined told expressed congratulated welcomed asked hoped introduced briefed exchanged views meeting meetings talks call held met january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);

/** The words of people's names: "xi", "jinping", "putin" … (countries stay: "one china principle"). */
function nameWords(actors: readonly Pick<Actor, "kind" | "name" | "aliases">[]): Set<string> {
  const names = new Set<string>();
  for (const actor of actors) {
    if (actor.kind !== "person") continue;
    for (const name of [actor.name, ...actor.aliases])
      for (const word of name
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u))
        if (word.length > 1 && !isStopWord(word)) names.add(word);
  }
  return names;
}

/** CONTENT, FUNCTION or EXCLUDED for each word of the stream. */
function wordKinds(words: readonly string[], names: ReadonlySet<string>): Uint8Array {
  const kinds = new Uint8Array(words.length);
  words.forEach((word, id) => {
    if (names.has(word) || FRAMING_WORDS.has(word) || /\d/.test(word)) kinds[id] = EXCLUDED;
    else if (isStopWord(word) || word.length === 1) kinds[id] = FUNCTION;
  });
  return kinds;
}

/** Mines the recurring formulations of a set of meetings, most widely used first. */
export function mineFormulations(input: {
  meetings: readonly Pick<Meeting, "id" | "date" | "statements">[];
  actors: readonly Pick<Actor, "kind" | "name" | "aliases">[];
}): Formulation[] {
  const stream = buildWordStream(input.meetings);
  const kinds = wordKinds(stream.words, nameWords(input.actors));
  const grams = countGrams(stream.ids, kinds, stream, MAX_WORDS);
  const keep = keptGrams(grams);
  return summarise(input.meetings, stream, grams, keep);
}

/**
 * Which grams are formulations: three words or more, in two meetings, content words at both ends
 * and at least two of them — judged once per gram from its prefix, not per use — and not a
 * fragment. A fragment is used in exactly the meetings of a longer formulation containing it
 * ("fairness and justice" of "international fairness and justice"). Longer grams have higher ids,
 * so one backward pass carries the widest use of a formulation above down through every length.
 */
function keptGrams(grams: Grams): Uint8Array {
  const total = grams.size;
  const keep = new Uint8Array(total);
  for (let id = 1; id < total; id++)
    if (
      grams.words[id]! >= MIN_WORDS &&
      grams.endsInContent[id] === 1 &&
      grams.contentWords[id]! >= 2 &&
      grams.count[id]! >= MIN_MEETINGS
    )
      keep[id] = 1;
  const above = new Int32Array(total);
  for (let id = total - 1; id > 0; id--) {
    const widest = Math.max(above[id]!, keep[id] === 1 ? grams.count[id]! : 0);
    if (widest === 0) continue;
    const prefix = grams.prefix[id]!;
    const suffix = grams.suffix[id]!;
    if (prefix > 0 && above[prefix]! < widest) above[prefix] = widest;
    if (suffix > 0 && above[suffix]! < widest) above[suffix] = widest;
  }
  for (let id = 1; id < total; id++) if (keep[id] === 1 && above[id]! >= grams.count[id]!) keep[id] = 0;
  return keep;
}

/** One pass over the kept grams' positions: meetings, first and last use, who used them. */
function summarise(
  meetings: readonly Pick<Meeting, "id" | "date">[],
  stream: WordStream,
  grams: Grams,
  keep: Uint8Array,
): Formulation[] {
  const found = new Map<number, Formulation & { lastMeeting: number }>();
  for (let n = MIN_WORDS; n < grams.starts.length; n++) {
    const starts = grams.starts[n]!;
    const byRank = grams.byRank[n]!;
    for (let k = 0; k < starts.length; k++) {
      const rank = starts[k]!;
      const id = byRank[rank]!;
      if (keep[id] !== 1) continue;
      const i = grams.contentAt[rank]!;
      const s = statementAt(stream, i);
      const entry = stream.statements[s]!;
      const meeting = meetings[entry.meeting]!;
      let f = found.get(id);
      if (!f) {
        const phrase = Array.from(stream.ids.subarray(i, i + n), (w) => stream.words[w]).join(" ");
        const spans = wordSpans(entry.statement.text);
        const first = i - stream.firstPosition[s]!;
        const label = entry.statement.text.slice(spans[first]![0], spans[first + n - 1]![1]);
        const users = { china: 0, counterpart: 0, joint: 0 };
        f = {
          phrase,
          label,
          meetingIds: [],
          first: meeting.date,
          last: meeting.date,
          users,
          lastMeeting: -1,
        };
        found.set(id, f);
      }
      f.users[entry.user]++;
      if (f.lastMeeting === entry.meeting) continue;
      f.lastMeeting = entry.meeting;
      f.meetingIds.push(meeting.id);
      if (meeting.date < f.first) f.first = meeting.date;
      if (meeting.date > f.last) f.last = meeting.date;
    }
  }
  const dateOf = new Map(meetings.map((m) => [m.id, m.date]));
  const formulations = [...found.values()].map(({ lastMeeting: _, ...f }) => {
    f.meetingIds.sort((a, b) => compareText(dateOf.get(a)!, dateOf.get(b)!) || compareText(a, b));
    return f;
  });
  return rank(formulations);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most meetings first; then longer (more specific) phrases, then the earlier first use. */
export function rank<T extends Formulation>(formulations: T[]): T[] {
  const words = new Map(formulations.map((f) => [f, f.phrase.split(" ").length]));
  return formulations.sort(
    (a, b) =>
      b.meetingIds.length - a.meetingIds.length ||
      words.get(b)! - words.get(a)! ||
      compareText(a.first, b.first) ||
      compareText(a.phrase, b.phrase),
  );
}
