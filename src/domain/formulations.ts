/**
 * The formulation tracker (issue 13): recurring official phrases — word n-grams of 3 to 8 words
 * that at least two meetings use — with stop-phrases and names removed and overlapping n-grams
 * folded into their longest stable form, ranked by how many meetings use them. Pure; computed once
 * per dataset (see `npm run bench` for its time on 10,000 meetings).
 */
import type { Actor, Meeting } from "./schema";
import { isStopWord } from "./terms";
import { IntPairMap } from "./int-pair-map";
import { buildWordStream, type FormulationUser, type WordStream } from "./formulation-words";

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
const MIN_MEETINGS = 2;

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

/** Numbered n-grams: per length n, `at[n][i]` is the id of the n-gram starting at position i (or -1). */
interface Grams {
  at: Int32Array[];
  /** Distinct meetings per gram id. */
  count: number[];
  length: number[];
  /** The two (n-1)-grams an n-gram extends (left and right), -1 for single words. */
  left: number[];
  right: number[];
}

/**
 * Apriori over lengths: an (n+1)-gram can be in two meetings only if both its n-grams are, so each
 * length extends only the positions where the shorter grams recurred. Grams are numbers, never
 * strings, so 10,000 meetings stay fast.
 */
function countGrams(stream: WordStream, meetingOf: Int32Array): Grams {
  const positions = stream.ids.length;
  const grams: Grams = { at: [], count: [], length: [], left: [], right: [] };
  const lastMeeting: number[] = [];
  const newGram = (n: number, left: number, right: number) => {
    grams.count.push(0);
    lastMeeting.push(-1);
    grams.length.push(n);
    grams.left.push(left);
    grams.right.push(right);
    return grams.count.length - 1;
  };
  const tally = (id: number, meeting: number) => {
    if (lastMeeting[id] !== meeting) {
      lastMeeting[id] = meeting;
      grams.count[id]!++;
    }
  };
  const single = new Int32Array(positions).fill(-1);
  const ofWord = new Int32Array(stream.words.length).fill(-1);
  for (let i = 0; i < positions; i++) {
    const word = stream.ids[i]!;
    if (word < 0) continue;
    if (ofWord[word]! < 0) ofWord[word] = newGram(1, -1, -1);
    single[i] = ofWord[word]!;
    tally(single[i]!, meetingOf[i]!);
  }
  grams.at[1] = single;
  for (let n = 2; n <= MAX_WORDS; n++) {
    const shorter = grams.at[n - 1]!;
    const current = new Int32Array(positions).fill(-1);
    const extensions = new IntPairMap();
    for (let i = 0; i + n <= positions; i++) {
      const left = shorter[i]!;
      if (left < 0 || grams.count[left]! < MIN_MEETINGS) continue;
      const right = shorter[i + 1]!;
      if (right < 0 || grams.count[right]! < MIN_MEETINGS) continue;
      const word = stream.ids[i + n - 1]!;
      let id = extensions.get(left, word);
      if (id < 0) extensions.set(left, word, (id = newGram(n, left, right)));
      current[i] = id;
      tally(id, meetingOf[i]!);
    }
    grams.at[n] = current;
  }
  return grams;
}

/** True for a gram that reads as a formulation: content words at both ends, no names, dates or framing. */
function readsAsFormulation(stream: WordStream, start: number, n: number, names: ReadonlySet<string>) {
  let content = 0;
  for (let k = 0; k < n; k++) {
    const word = stream.words[stream.ids[start + k]!]!;
    if (names.has(word) || FRAMING_WORDS.has(word) || /\d/.test(word)) return false;
    const stop = isStopWord(word) || word.length === 1;
    if ((k === 0 || k === n - 1) && stop) return false;
    if (!stop) content++;
  }
  return content >= 2;
}

/** Mines the recurring formulations of a set of meetings, most widely used first. */
export function mineFormulations(input: {
  meetings: readonly Pick<Meeting, "id" | "date" | "statements">[];
  actors: readonly Pick<Actor, "kind" | "name" | "aliases">[];
}): Formulation[] {
  const stream = buildWordStream(input.meetings);
  const meetingOfStatement = Int32Array.from(stream.statements, (entry) => entry.meeting);
  const meetingOf = new Int32Array(stream.statementAt.length);
  for (let i = 0; i < meetingOf.length; i++) meetingOf[i] = meetingOfStatement[stream.statementAt[i]!]!;
  const grams = countGrams(stream, meetingOf);
  const names = nameWords(input.actors);
  const total = grams.count.length;

  // Which grams read as formulations, judged at their first position (the words are the same everywhere).
  const ok = new Uint8Array(total);
  const judged = new Uint8Array(total);
  for (let n = MIN_WORDS; n <= MAX_WORDS; n++) {
    const row = grams.at[n]!;
    for (let i = 0; i < row.length; i++) {
      const id = row[i]!;
      if (id < 0 || judged[id] || grams.count[id]! < MIN_MEETINGS) continue;
      judged[id] = 1;
      if (readsAsFormulation(stream, i, n, names)) ok[id] = 1;
    }
  }
  // Fold: a gram used in exactly the meetings of a longer formulation containing it is a fragment of
  // it ("fairness and justice" of "international fairness and justice"). Longer grams have higher
  // ids, so one backward pass carries "covered by a formulation" down through every length.
  const covered = new Uint8Array(total);
  for (let id = total - 1; id >= 0; id--) {
    if (ok[id] !== 1 && covered[id] !== 1) continue;
    for (const child of [grams.left[id]!, grams.right[id]!])
      if (child >= 0 && grams.count[child] === grams.count[id]) covered[child] = 1;
  }
  const keep = new Uint8Array(total);
  for (let id = 0; id < total; id++) keep[id] = ok[id] === 1 && covered[id] !== 1 ? 1 : 0;
  return summarise(input.meetings, stream, grams, keep);
}

/** One pass over the kept grams' positions: meetings, first and last use, who used them. */
function summarise(
  meetings: readonly Pick<Meeting, "id" | "date">[],
  stream: WordStream,
  grams: Grams,
  keep: Uint8Array,
): Formulation[] {
  const found = new Map<number, Formulation & { lastMeeting: number }>();
  for (let n = MIN_WORDS; n <= MAX_WORDS; n++) {
    const row = grams.at[n]!;
    for (let i = 0; i < row.length; i++) {
      const id = row[i]!;
      if (id < 0 || keep[id] !== 1) continue;
      const entry = stream.statements[stream.statementAt[i]!]!;
      const meeting = meetings[entry.meeting]!;
      let f = found.get(id);
      if (!f) {
        const phrase = Array.from(stream.ids.subarray(i, i + n), (w) => stream.words[w]).join(" ");
        const label = entry.statement.text.slice(stream.starts[i], stream.ends[i + n - 1]);
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
