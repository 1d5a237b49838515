/**
 * Counting the word n-grams that recur in at least two meetings (issue 13), fast enough for 10,000
 * meetings in a worker. Grams are numbers, never strings: an n-gram is (its (n-1)-gram prefix, its
 * last word). Apriori over lengths: an n-gram can be in two meetings only if every shorter gram in
 * it is, so each length extends only the positions where the prefix recurred and the suffix did
 * too. Only grams starting with a content word are counted (a formulation never starts with
 * "the"); words that can never be in a formulation (names, dates, framing) end a gram like a comma.
 * The time goes on memory, not arithmetic: every large allocation brings a garbage collection of
 * the whole heap (the meetings themselves) nearer, and random reads cost more than the counting.
 * So the columns are typed arrays; each length groups its uses by prefix with a counting sort
 * instead of looking (prefix, word) up in a hash table; and only grams in two meetings get a
 * number, which most never are (the rest stop there). Pure.
 */
import type { WordStream } from "./formulation-stream";
import { grown } from "./typed-arrays";

/**
 * What a word can be in a formulation: a content word; a function word (inside only); nothing; or
 * a single letter (inside only, and not counted as one of its words: "China's" is one word).
 */
export const CONTENT = 0;
export const FUNCTION = 1;
export const EXCLUDED = 2;
export const LETTER = 3;
/** An auxiliary or stance ("is", "has", "stands"): inside only, and never second ("China is …" is framing). */
export const AUXILIARY = 4;

export const MIN_MEETINGS = 2;

export interface Grams extends Pick<
  GramColumns,
  "prefix" | "suffix" | "last" | "words" | "contentWords" | "endsInContent" | "framed" | "count" | "size"
> {
  /** The position of each content word, by rank (the content words in stream order). */
  contentAt: Int32Array;
  /** Per length n ≥ 2: the ranks where a recurring n-gram starts, ascending (`starts[0]`, `[1]` are empty). */
  starts: Int32Array[];
  /** Per length n ≥ 2, beside `starts[n]`: the gram starting at that rank. */
  gramsAt: Int32Array[];
}

/**
 * Per-gram columns. Ids 1 … V are the V words (word + 1), counted or not; longer grams get the
 * ids after, only when they are in two meetings, so longer grams have higher ids.
 */
export class GramColumns {
  /** Distinct meetings using the gram. */
  count: Int32Array;
  /** The gram without its last word (0 for one word). */
  prefix: Int32Array;
  /** The gram from its second content word to the same end (0 when it has none). */
  suffix: Int32Array;
  /** Its last word (a word number). */
  last: Int32Array;
  /** Per gram: how many words (single letters not counted), how many content words, and 1 when the last is one. */
  words: Uint8Array;
  contentWords: Uint8Array;
  endsInContent: Uint8Array;
  /** 1 when the second word is an auxiliary: a subject and its verb, the readout's framing. */
  framed: Uint8Array;
  size: number;
  constructor(wordKinds: Uint8Array, wordMeetings: Int32Array, capacity: number) {
    this.size = wordKinds.length + 1;
    capacity = Math.max(capacity, this.size);
    this.count = new Int32Array(capacity);
    this.prefix = new Int32Array(capacity);
    this.suffix = new Int32Array(capacity);
    this.last = new Int32Array(capacity);
    this.words = new Uint8Array(capacity);
    this.contentWords = new Uint8Array(capacity);
    this.endsInContent = new Uint8Array(capacity);
    this.framed = new Uint8Array(capacity);
    this.count.set(wordMeetings, 1);
    wordKinds.forEach((kind, word) => {
      const id = word + 1;
      this.last[id] = word;
      this.words[id] = 1;
      if (kind === CONTENT) this.contentWords[id] = this.endsInContent[id] = 1;
    });
  }
  add(prefix: number, suffix: number, last: number, lastKind: number, meetings: number): number {
    const lastIsContent = lastKind === CONTENT;
    if (this.size === this.prefix.length) this.grow();
    const id = this.size++;
    this.count[id] = meetings;
    this.prefix[id] = prefix;
    this.suffix[id] = suffix;
    this.last[id] = last;
    this.words[id] = this.words[prefix]! + (lastKind === LETTER ? 0 : 1);
    this.contentWords[id] = this.contentWords[prefix]! + (lastIsContent ? 1 : 0);
    this.endsInContent[id] = lastIsContent ? 1 : 0;
    this.framed[id] = this.words[prefix] === 1 ? (lastKind === AUXILIARY ? 1 : 0) : this.framed[prefix]!;
    return id;
  }
  private grow() {
    const capacity = Math.ceil(this.prefix.length * 1.5);
    this.count = grown(this.count, capacity);
    this.prefix = grown(this.prefix, capacity);
    this.suffix = grown(this.suffix, capacity);
    this.last = grown(this.last, capacity);
    this.words = grown(this.words, capacity);
    this.contentWords = grown(this.contentWords, capacity);
    this.endsInContent = grown(this.endsInContent, capacity);
    this.framed = grown(this.framed, capacity);
  }
}

/**
 * Per content word, how far ahead (in positions, below `maxWords`) the last content word of its
 * clause lies: 0 when none. A gram starting there can only become a formulation (which ends in a
 * content word) while it has not passed that word, so longer uses are not extended. Every use of
 * a formulation, and of each shorter gram inside one (its prefixes and suffixes, which the fold
 * reads), passes this test, so their counts stay exact; only counts nothing reads can fall.
 */
function contentReach({ at, nextInClause }: WordStream["content"], maxWords: number): Uint8Array {
  const reach = new Uint8Array(at.length);
  for (let r = 0; r < at.length; r++) {
    const from = at[r]!;
    for (let q = r; q + 1 < at.length && nextInClause[q] === 1 && at[q + 1]! - from < maxWords; q++)
      reach[r] = at[q + 1]! - from;
  }
  return reach;
}

/** The word stream (formulation-stream.ts): -1 at clause breaks, a class per word, content words ranked. */
export function countGrams(
  { ids, kinds, content }: Pick<WordStream, "ids" | "kinds" | "content">,
  maxWords: number,
): Grams {
  const total = ids.length;
  const { at: contentAt, meeting: meetingAt, nextInClause } = content;
  const ranked = contentAt.length;
  const reach = contentReach(content, maxWords);
  const columns = new GramColumns(kinds, content.wordMeetings, kinds.length + 1 + (ranked >> 3));
  const vocabulary = kinds.length;

  const starts: Int32Array[] = [new Int32Array(0), new Int32Array(0)];
  const gramsAt: Int32Array[] = [new Int32Array(0), new Int32Array(0)];
  // Scratch, reused by every length: the uses that may extend, in rank order (where the use's
  // rank is found in the length before, and its suffix, overwritten by the gram it makes once
  // that is known), then the same grouped by prefix (use, word, meeting). Moving the values
  // rather than an index keeps the later reads sequential: the random reads were most of the
  // time. What can be read again in order (rank, prefix, word, meeting) is not copied: these
  // arrays were half the memory a run allocates, and enough of it brought a full garbage
  // collection of the meetings into the run.
  const useAt = new Int32Array(ranked);
  const useSuffixThenGram = new Int32Array(ranked);
  const groupedUse = new Int32Array(ranked);
  const groupedWord = new Int32Array(ranked);
  const groupedMeeting = new Int32Array(ranked);
  // Per word, within one prefix's uses (valid while `stamp` holds that prefix's mark): the
  // meetings counted, the last one, and the gram made.
  const stamp = new Int32Array(vocabulary);
  const meetingsOfWord = new Int32Array(vocabulary);
  const lastMeetingOfWord = new Int32Array(vocabulary);
  const gramOfWord = new Int32Array(vocabulary);
  let mark = 0;
  // Where each shorter length's scan for a suffix has got to (ranks only grow).
  const cursor = new Int32Array(maxWords + 1);
  let firstId = 1; // the first id of the length before
  for (let n = 2; n <= maxWords; n++) {
    const lastId = columns.size;
    const from = starts[n - 1]!;
    const prefixes = gramsAt[n - 1]!;
    const candidates = n === 2 ? ranked : from.length;
    cursor.fill(0);
    const buckets = lastId - firstId;
    const bucketStart = new Int32Array(buckets + 1);
    let uses = 0;
    for (let k = 0; k < candidates; k++) {
      const r = n === 2 ? k : from[k]!;
      const end = contentAt[r]! + n - 1;
      if (end >= total) break;
      if (n - 1 > reach[r]!) continue;
      const prefix = n === 2 ? ids[contentAt[r]!]! + 1 : prefixes[k]!;
      if (columns.count[prefix]! < MIN_MEETINGS) continue;
      const word = ids[end]!;
      if (word < 0 || kinds[word] === EXCLUDED) continue;
      // The suffix from the next content word must recur too (a gram of a shorter length).
      let suffix = 0;
      if (nextInClause[r] === 1 && contentAt[r + 1]! <= end) {
        const length = end - contentAt[r + 1]! + 1;
        if (length === 1) suffix = word + 1;
        else {
          const shorter = starts[length]!;
          let c = cursor[length]!;
          while (c < shorter.length && shorter[c]! <= r) c++;
          cursor[length] = c;
          suffix = c < shorter.length && shorter[c] === r + 1 ? gramsAt[length]![c]! : 0;
        }
        if (suffix === 0 || columns.count[suffix]! < MIN_MEETINGS) continue;
      }
      useAt[uses] = k;
      useSuffixThenGram[uses++] = suffix;
      bucketStart[prefix - firstId + 1]!++;
    }
    // Group the uses by prefix (a stable counting sort: ranks stay ascending, so meetings too).
    for (let b = 1; b <= buckets; b++) bucketStart[b]! += bucketStart[b - 1]!;
    const fill = bucketStart.slice(0, buckets);
    for (let u = 0; u < uses; u++) {
      const k = useAt[u]!;
      const r = n === 2 ? k : from[k]!;
      const position = contentAt[r]!;
      const to = fill[(n === 2 ? ids[position]! + 1 : prefixes[k]!) - firstId]!++;
      groupedUse[to] = u;
      groupedWord[to] = ids[position + n - 1]!;
      groupedMeeting[to] = meetingAt[r]!;
    }
    // Per prefix: count each next word's meetings, then number only the grams in two of them.
    let kept = 0;
    for (let b = 0; b < buckets; b++) {
      const begin = bucketStart[b]!;
      const stop = bucketStart[b + 1]!;
      if (begin === stop) continue;
      mark++;
      for (let o = begin; o < stop; o++) {
        const word = groupedWord[o]!;
        const meeting = groupedMeeting[o]!;
        if (stamp[word] !== mark) {
          stamp[word] = mark;
          meetingsOfWord[word] = 1;
          lastMeetingOfWord[word] = meeting;
          gramOfWord[word] = 0;
        } else if (lastMeetingOfWord[word] !== meeting) {
          lastMeetingOfWord[word] = meeting;
          meetingsOfWord[word]!++;
        }
      }
      for (let o = begin; o < stop; o++) {
        const word = groupedWord[o]!;
        const u = groupedUse[o]!;
        if (meetingsOfWord[word]! < MIN_MEETINGS) {
          useSuffixThenGram[u] = 0;
          continue;
        }
        if (gramOfWord[word] === 0)
          gramOfWord[word] = columns.add(
            b + firstId,
            useSuffixThenGram[u]!,
            word,
            kinds[word]!,
            meetingsOfWord[word]!,
          );
        useSuffixThenGram[u] = gramOfWord[word]!;
        kept++;
      }
    }
    // Back to rank order, keeping only the uses of grams that recur.
    const nextStarts = new Int32Array(kept);
    const nextGrams = new Int32Array(kept);
    for (let u = 0, to = 0; u < uses; u++) {
      const gram = useSuffixThenGram[u]!;
      if (gram === 0) continue;
      nextStarts[to] = n === 2 ? useAt[u]! : from[useAt[u]!]!;
      nextGrams[to++] = gram;
    }
    starts.push(nextStarts);
    gramsAt.push(nextGrams);
    firstId = lastId;
  }
  return {
    contentAt,
    starts,
    gramsAt,
    count: columns.count,
    prefix: columns.prefix,
    suffix: columns.suffix,
    last: columns.last,
    words: columns.words,
    contentWords: columns.contentWords,
    endsInContent: columns.endsInContent,
    framed: columns.framed,
    size: columns.size,
  };
}
