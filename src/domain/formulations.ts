/**
 * The formulation tracker (issue 13): recurring official phrases — word n-grams of 3 to 8 words
 * that at least two meetings use — with stop-phrases and names removed and overlapping n-grams
 * folded into their longest stable form, ranked by how many meetings use them. Pure; computed once
 * per dataset (see `npm run bench` for its time on 10,000 meetings).
 */
import type { Actor, Meeting } from "./schema";
import { countGrams, MIN_MEETINGS, type Grams } from "./formulation-grams";
import { buildWordStream, type WordStream } from "./formulation-stream";
import { nameWords, wordClassifier } from "./formulation-vocabulary";
import { statementAt, wordSpans, type FormulationUser } from "./formulation-words";

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
/**
 * A phrase folds into a longer formulation containing it when that one is in this share of its
 * meetings: 4 of 5 folds, 2 of 3 keeps both ("safeguard international fairness and justice" in 2
 * meetings, "international fairness and justice" in 3).
 */
export const FOLD_SHARE = 0.8;

/** Mines the recurring formulations of a set of meetings, most widely used first. */
export function mineFormulations(input: {
  meetings: readonly Pick<Meeting, "id" | "date" | "statements">[];
  actors: readonly Pick<Actor, "kind" | "name" | "aliases">[];
}): Formulation[] {
  const stream = buildWordStream(input.meetings, wordClassifier(nameWords(input.actors)));
  const grams = countGrams(stream, MAX_WORDS);
  const keep = keptGrams(grams);
  return summarise(input.meetings, stream, grams, keep);
}

/**
 * Which grams are formulations: three words or more, in two meetings, content words at both ends
 * and at least two of them — judged once per gram from its prefix, not per use — and not a
 * fragment. A fragment is a phrase that almost always comes inside a longer formulation: at
 * least FOLD_SHARE of the meetings using it use the longer one ("fairness and justice" of
 * "international fairness and justice"), so the longest stable form stands for both. Longer grams
 * have higher ids, so one backward pass carries the widest use of a formulation containing a gram
 * down through every length.
 */
function keptGrams(grams: Grams): Uint8Array {
  const total = grams.size;
  const keep = new Uint8Array(total);
  for (let id = 1; id < total; id++)
    if (
      grams.words[id]! >= MIN_WORDS &&
      grams.endsInContent[id] === 1 &&
      grams.contentWords[id]! >= 2 &&
      grams.framed[id] === 0 &&
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
  for (let id = 1; id < total; id++)
    if (keep[id] === 1 && above[id]! >= FOLD_SHARE * grams.count[id]!) keep[id] = 0;
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
    const gramsAt = grams.gramsAt[n]!;
    for (let k = 0; k < starts.length; k++) {
      const rank = starts[k]!;
      const id = gramsAt[k]!;
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
