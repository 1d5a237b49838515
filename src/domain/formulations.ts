/**
 * The formulation tracker (issue 13): recurring official phrases — word n-grams of 3 to 8 words
 * that at least two meetings use, in at least two readouts — with stop-phrases and names removed
 * and overlapping n-grams folded into their longest stable form, ranked by how many meetings use
 * them. Pure; computed once per dataset (see `npm run bench` for its time on 10,000 meetings).
 */
import type { Actor, Meeting } from "./schema";
import { countGrams, LETTER, MIN_MEETINGS, type Grams } from "./formulation-grams";
import {
  buildWordStream,
  scanPart,
  WordStreamBuilder,
  type StreamPart,
  type WordStream,
} from "./formulation-stream";
import { nameWords, partyWords, wordClassifier } from "./formulation-vocabulary";
import { positionsSpan, type FormulationUser } from "./formulation-words";

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
export function mineFormulations(input: MiningInput): Formulation[] {
  return mineStream(input, buildWordStream(input.meetings, wordClassifier(nameWords(input.actors))));
}

export interface MiningInput {
  meetings: readonly Pick<Meeting, "id" | "date" | "statements">[];
  actors: readonly Pick<Actor, "kind" | "name" | "aliases">[];
}

/** What a second thread scans: the texts of the statements after the split, their meetings, the names' words. */
export interface PartRequest {
  texts: string[];
  meetings: Int32Array<ArrayBuffer>;
  names: string[];
}

/** The second thread's side of `mineFormulationsInTwo`. */
export function scanRequest(request: PartRequest): StreamPart {
  return scanPart(request.texts, request.meetings, wordClassifier(new Set(request.names)));
}

/**
 * The share of the characters this thread scans: a little under half, as it also sends the
 * other half's texts and renumbers its words.
 */
const HERE_SHARE = 0.5;

/**
 * `mineFormulations` with the word stream built in two threads: `scanElsewhere` runs
 * `scanRequest` in another thread on the later meetings while this one scans the earlier ones.
 * Scanning is about a third of the time at 10,000 meetings (ADR 012); the result is the same.
 */
export async function mineFormulationsInTwo(
  input: MiningInput,
  scanElsewhere: (request: PartRequest) => Promise<StreamPart>,
): Promise<Formulation[]> {
  const names = nameWords(input.actors);
  const builder = new WordStreamBuilder(input.meetings, wordClassifier(names));
  const split = builder.meetingBoundaryAt(HERE_SHARE);
  const rest = builder.statements.slice(split);
  const part = scanElsewhere({
    texts: rest.map((entry) => entry.statement.text),
    meetings: Int32Array.from(rest, (entry) => entry.meeting),
    names: [...names],
  });
  builder.scan(split);
  builder.append(await part);
  return mineStream(input, builder.finish());
}

function mineStream(input: MiningInput, stream: WordStream): Formulation[] {
  const grams = countGrams(stream, MAX_WORDS);
  const keep = keptGrams(grams, namedAtEdge(grams, stream, partyWords(input.actors)));
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
function keptGrams(grams: Grams, namedAtEdge: Uint8Array): Uint8Array {
  const total = grams.size;
  const keep = new Uint8Array(total);
  for (let id = 1; id < total; id++)
    if (
      grams.words[id]! >= MIN_WORDS &&
      grams.endsInContent[id] === 1 &&
      grams.contentWords[id]! >= 2 &&
      grams.framed[id] === 0 &&
      namedAtEdge[id] === 0 &&
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

/**
 * Per gram: 1 when it ends on a country's one-word name, or opens with one other than as a
 * possessive ("China's …"). Prefixes have lower ids, so one forward pass carries the opening.
 */
function namedAtEdge(grams: Grams, stream: WordStream, parties: ReadonlySet<string>): Uint8Array {
  const party = Uint8Array.from(stream.words, (word) => (parties.has(word) ? 1 : 0));
  const vocabulary = stream.words.length;
  const opensOnName = new Uint8Array(grams.size);
  const named = new Uint8Array(grams.size);
  for (let id = 1; id < grams.size; id++) {
    const prefix = grams.prefix[id]!;
    const last = grams.last[id]!;
    if (prefix === 0) opensOnName[id] = party[last]!;
    else if (prefix <= vocabulary)
      opensOnName[id] = party[prefix - 1] === 1 && stream.kinds[last] !== LETTER ? 1 : 0;
    else opensOnName[id] = opensOnName[prefix]!;
    named[id] = opensOnName[id] === 1 || party[last] === 1 ? 1 : 0;
  }
  return named;
}

/** A formulation while its uses are read: its meetings as indices, in stream order. */
interface Gathering extends Omit<Formulation, "meetingIds"> {
  meetings: number[];
  /** The readout of its first use, and whether another readout uses it too. */
  readout: string;
  otherReadout: boolean;
}

/**
 * One pass over the kept grams' positions: meetings, first and last use, who used them. Each
 * length's uses come in stream order, so the statement holding a use is found by moving forward,
 * and a gram's meetings arrive in stream order, so a repeat of the last one is a repeat.
 */
function summarise(
  meetings: readonly Pick<Meeting, "id" | "date">[],
  stream: WordStream,
  grams: Grams,
  keep: Uint8Array,
): Formulation[] {
  const { firstPosition, statements } = stream;
  const gathered: Gathering[] = [];
  // Per gram id: its index in `gathered` + 1 (0: not met yet).
  const slot = new Int32Array(grams.size);
  for (let n = MIN_WORDS; n < grams.starts.length; n++) {
    const starts = grams.starts[n]!;
    const gramsAt = grams.gramsAt[n]!;
    let s = 0;
    for (let k = 0; k < starts.length; k++) {
      const id = gramsAt[k]!;
      if (keep[id] !== 1) continue;
      const i = grams.contentAt[starts[k]!]!;
      while (s + 1 < firstPosition.length && firstPosition[s + 1]! <= i) s++;
      const entry = statements[s]!;
      let f = slot[id] === 0 ? undefined : gathered[slot[id]! - 1]!;
      if (!f) {
        f = firstUse(stream, s, i, n);
        slot[id] = gathered.push(f);
      }
      f.users[entry.user]++;
      if (f.meetings[f.meetings.length - 1] !== entry.meeting) f.meetings.push(entry.meeting);
      if (!f.otherReadout && entry.statement.readoutId !== f.readout) f.otherReadout = true;
    }
  }
  const order = dateOrder(meetings);
  // Two meetings told in one readout (the UN's same-day meetings) are one text saying the phrase
  // twice, not a phrase that recurs: a formulation needs a second readout as well as a second meeting.
  const recurring = gathered.filter((f) => f.otherReadout);
  const formulations = recurring.map(({ phrase, label, meetings: used, users }) => {
    used.sort((a, b) => order[a]! - order[b]!);
    const meetingIds = used.map((m) => meetings[m]!.id);
    const first = meetings[used[0]!]!.date;
    const last = meetings[used[used.length - 1]!]!.date;
    return { phrase, label, meetingIds, first, last, users };
  });
  return rank(formulations);
}

/** A gram's entry from its first use: the phrase (folded words) and its label as the text spells it. */
function firstUse(stream: WordStream, s: number, i: number, n: number): Gathering {
  const text = stream.statements[s]!.statement.text;
  const phrase = Array.from(stream.ids.subarray(i, i + n), (w) => stream.words[w]).join(" ");
  const first = i - stream.firstPosition[s]!;
  const [from, to] = positionsSpan(text, first, first + n - 1);
  const label = text.slice(from, to);
  const readout = stream.statements[s]!.statement.readoutId;
  const users = { china: 0, counterpart: 0, joint: 0 };
  return { phrase, label, meetings: [], first: "", last: "", users, readout, otherReadout: false };
}

/** Each meeting's place in date order (then id): formulations list their meetings so. */
function dateOrder(meetings: readonly Pick<Meeting, "id" | "date">[]): Int32Array {
  const byDate = Array.from(meetings.keys()).sort(
    (a, b) =>
      compareText(meetings[a]!.date, meetings[b]!.date) || compareText(meetings[a]!.id, meetings[b]!.id),
  );
  const order = new Int32Array(meetings.length);
  byDate.forEach((m, place) => (order[m] = place));
  return order;
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
