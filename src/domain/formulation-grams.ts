/**
 * Counting the word n-grams that recur in at least two meetings (issue 13), fast enough for 10,000
 * meetings in a worker. Grams are numbers, never strings: an n-gram is (its (n-1)-gram prefix, its
 * last word). Apriori over lengths: an n-gram can be in two meetings only if every shorter gram in
 * it is, so each length extends only the positions where the prefix recurred and the suffix did
 * too. Only grams starting with a content word are counted (a formulation never starts with
 * "the"); words that can never be in a formulation (names, dates, framing) end a gram like a comma.
 * The time goes on memory, not arithmetic (every large allocation also brings a garbage collection
 * of the whole heap nearer), so the columns are typed arrays indexed by the rank of a content word
 * rather than by position, and each length groups its uses by prefix with a counting sort instead
 * of looking (prefix, word) up in a hash table. Pure.
 */

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
  "prefix" | "suffix" | "words" | "contentWords" | "endsInContent" | "framed" | "size"
> {
  /** The position of each content word, by rank (the content words in stream order). */
  contentAt: Int32Array;
  /** Per length n ≥ 2: the ranks where an n-gram starts, ascending (`starts[0]`, `[1]` are empty). */
  starts: Int32Array[];
  /** Per length n ≥ 2, by rank: the n-gram starting there, 0 where none was counted. */
  byRank: Int32Array[];
  /** Per gram: distinct meetings using it. A one-word gram's id is its word's number + 1. */
  count: Int32Array;
}

const NONE = -1;

function grown<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

/** Per-gram columns; meetings and the last meeting counted sit side by side (one cache line per use). */
export class GramColumns {
  stats: Int32Array; // [meetings, last meeting] per gram
  /** The gram without its last word (0 for one word). */
  prefix: Int32Array;
  /** The gram from its second content word to the same end (0 when it has none). */
  suffix: Int32Array;
  /** Per gram: how many words (single letters not counted), how many content words, and 1 when the last is one. */
  words: Uint8Array;
  contentWords: Uint8Array;
  endsInContent: Uint8Array;
  /** 1 when the second word is an auxiliary: a subject and its verb, the readout's framing. */
  framed: Uint8Array;
  /** Ids are 1 … size - 1; longer grams have higher ids. */
  size: number;
  constructor(wordKinds: Uint8Array, capacity: number) {
    this.size = wordKinds.length + 1;
    capacity = Math.max(capacity, this.size);
    this.stats = new Int32Array(capacity * 2);
    this.prefix = new Int32Array(capacity);
    this.suffix = new Int32Array(capacity);
    this.words = new Uint8Array(capacity);
    this.contentWords = new Uint8Array(capacity);
    this.endsInContent = new Uint8Array(capacity);
    this.framed = new Uint8Array(capacity);
    wordKinds.forEach((kind, word) => {
      const id = word + 1;
      this.stats[id * 2 + 1] = NONE;
      this.words[id] = 1;
      if (kind === CONTENT) this.contentWords[id] = this.endsInContent[id] = 1;
    });
  }
  add(prefix: number, suffix: number, lastKind: number): number {
    const lastIsContent = lastKind === CONTENT;
    if (this.size === this.prefix.length) this.grow();
    const id = this.size++;
    this.stats[id * 2 + 1] = NONE;
    this.prefix[id] = prefix;
    this.suffix[id] = suffix;
    this.words[id] = this.words[prefix]! + (lastKind === LETTER ? 0 : 1);
    this.contentWords[id] = this.contentWords[prefix]! + (lastIsContent ? 1 : 0);
    this.endsInContent[id] = lastIsContent ? 1 : 0;
    this.framed[id] = this.words[prefix] === 1 ? (lastKind === AUXILIARY ? 1 : 0) : this.framed[prefix]!;
    return id;
  }
  tally(id: number, meeting: number) {
    const at = id * 2;
    if (this.stats[at + 1] === meeting) return;
    this.stats[at + 1] = meeting;
    this.stats[at]!++;
  }
  recurs(id: number): boolean {
    return this.stats[id * 2]! >= MIN_MEETINGS;
  }
  counts(): Int32Array {
    const count = new Int32Array(this.size);
    for (let id = 0; id < this.size; id++) count[id] = this.stats[id * 2]!;
    return count;
  }
  private grow() {
    const capacity = Math.ceil(this.prefix.length * 1.5);
    this.stats = grown(this.stats, capacity * 2);
    this.prefix = grown(this.prefix, capacity);
    this.suffix = grown(this.suffix, capacity);
    this.words = grown(this.words, capacity);
    this.contentWords = grown(this.contentWords, capacity);
    this.endsInContent = grown(this.endsInContent, capacity);
    this.framed = grown(this.framed, capacity);
  }
}

/**
 * `ids`: the word stream (-1 at clause breaks); `kinds`: a word class per word (CONTENT, FUNCTION …);
 * `firstPosition` and `meetingOf`: where each statement starts and its meeting (non-decreasing).
 */
export function countGrams(
  ids: Int32Array,
  kinds: Uint8Array,
  statements: { firstPosition: Int32Array; meetingOf: Int32Array },
  maxWords: number,
): Grams {
  const total = ids.length;
  let ranked = 0;
  for (let i = 0; i < total; i++) if (ids[i]! >= 0 && kinds[ids[i]!] === CONTENT) ranked++;
  const columns = new GramColumns(kinds, kinds.length + 1 + ranked);
  // Content words by rank: position, meeting, and whether the next one is in the same clause.
  const contentAt = new Int32Array(ranked);
  const meetingAt = new Int32Array(ranked);
  const nextInClause = new Uint8Array(ranked);
  const { firstPosition, meetingOf } = statements;
  let rank = 0;
  let statement = -1;
  let open = false; // the previous content word's clause goes on
  for (let i = 0; i < total; i++) {
    while (statement + 1 < firstPosition.length && firstPosition[statement + 1]! <= i) statement++;
    const word = ids[i]!;
    const kind = word < 0 ? EXCLUDED : kinds[word]!;
    if (kind === EXCLUDED) open = false;
    if (kind !== CONTENT) continue;
    if (open) nextInClause[rank - 1] = 1;
    contentAt[rank] = i;
    meetingAt[rank] = meetingOf[statement]!;
    columns.tally(word + 1, meetingAt[rank]!);
    rank++;
    open = true;
  }

  const starts: Int32Array[] = [new Int32Array(0), new Int32Array(0)];
  const byRank: Int32Array[] = [new Int32Array(0), new Int32Array(0)];
  const gramAt = (length: number, r: number) =>
    length === 1 ? ids[contentAt[r]!]! + 1 : byRank[length]![r]!;
  // The uses that may extend, at each length, in rank order: rank, prefix (from the length's first
  // id), word, suffix and meeting; then the same grouped by prefix. Moving the values rather than
  // an index keeps every later read sequential: the random reads were most of the time.
  const use = { rank: new Int32Array(ranked), prefix: new Int32Array(ranked), word: new Int32Array(ranked) };
  const useSuffix = new Int32Array(ranked);
  const useMeeting = new Int32Array(ranked);
  const byPrefix = {
    rank: new Int32Array(ranked),
    word: new Int32Array(ranked),
    suffix: new Int32Array(ranked),
    meeting: new Int32Array(ranked),
  };
  // Per word: the gram it makes with the current prefix, valid while `stamp` holds that prefix's mark.
  const stamp = new Int32Array(kinds.length);
  const gramOfWord = new Int32Array(kinds.length);
  let mark = 0;
  let from: Int32Array | undefined; // ranks with a gram of the length before (all ranks for one word)
  let firstId = 1; // the first id of the length before
  for (let n = 2; n <= maxWords; n++) {
    const lastId = columns.size;
    let uses = 0;
    const count = from ? from.length : ranked;
    for (let k = 0; k < count; k++) {
      const r = from ? from[k]! : k;
      const end = contentAt[r]! + n - 1;
      if (end >= total) break;
      const prefix = gramAt(n - 1, r);
      if (!columns.recurs(prefix)) continue;
      const word = ids[end]!;
      if (word < 0 || kinds[word] === EXCLUDED) continue;
      // The suffix from the next content word must recur too (a gram of a shorter length).
      let suffix = 0;
      if (nextInClause[r] === 1 && contentAt[r + 1]! <= end) {
        suffix = gramAt(end - contentAt[r + 1]! + 1, r + 1);
        if (suffix === 0 || !columns.recurs(suffix)) continue;
      }
      use.rank[uses] = r;
      use.prefix[uses] = prefix - firstId;
      use.word[uses] = word;
      useSuffix[uses] = suffix;
      useMeeting[uses++] = meetingAt[r]!;
    }
    // Group the uses by prefix (a stable counting sort: ranks stay ascending, so meetings too), then
    // number each prefix's extensions by their word: no hash table, only arrays the size of the vocabulary.
    const buckets = lastId - firstId;
    const bucketStart = new Int32Array(buckets + 1);
    for (let u = 0; u < uses; u++) bucketStart[use.prefix[u]! + 1]!++;
    for (let b = 1; b <= buckets; b++) bucketStart[b]! += bucketStart[b - 1]!;
    const cursor = bucketStart.slice(0, buckets);
    for (let u = 0; u < uses; u++) {
      const to = cursor[use.prefix[u]!]!++;
      byPrefix.rank[to] = use.rank[u]!;
      byPrefix.word[to] = use.word[u]!;
      byPrefix.suffix[to] = useSuffix[u]!;
      byPrefix.meeting[to] = useMeeting[u]!;
    }
    const current = new Int32Array(ranked);
    for (let b = 0; b < buckets; b++) {
      const stop = bucketStart[b + 1]!;
      if (bucketStart[b] === stop) continue;
      mark++;
      for (let o = bucketStart[b]!; o < stop; o++) {
        const word = byPrefix.word[o]!;
        if (stamp[word] !== mark) {
          stamp[word] = mark;
          gramOfWord[word] = columns.add(b + firstId, byPrefix.suffix[o]!, kinds[word]!);
        }
        const id = gramOfWord[word]!;
        columns.tally(id, byPrefix.meeting[o]!);
        current[byPrefix.rank[o]!] = id;
      }
    }
    from = use.rank.slice(0, uses);
    starts.push(from);
    byRank.push(current);
    firstId = lastId;
  }
  return {
    contentAt,
    starts,
    byRank,
    count: columns.counts(),
    prefix: columns.prefix,
    suffix: columns.suffix,
    words: columns.words,
    contentWords: columns.contentWords,
    endsInContent: columns.endsInContent,
    framed: columns.framed,
    size: columns.size,
  };
}
