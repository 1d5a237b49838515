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
import { countBigrams } from "./formulation-bigrams";
import { EXCLUDED, GramColumns, MIN_MEETINGS } from "./formulation-gram-columns";
import type { WordStream } from "./formulation-words";

export { AUXILIARY, CONTENT, EXCLUDED, FUNCTION, LETTER, MIN_MEETINGS } from "./formulation-gram-columns";

export interface Grams extends Pick<
  GramColumns,
  "prefix" | "suffix" | "words" | "contentWords" | "endsInContent" | "framed" | "count" | "size"
> {
  /** The position of each content word, by rank (the content words in stream order). */
  contentAt: Int32Array;
  /** Per length n ≥ 2: the ranks where a recurring n-gram starts, ascending (`starts[0]`, `[1]` are empty). */
  starts: Int32Array[];
  /** Per length n ≥ 2, beside `starts[n]`: the gram starting at that rank. */
  gramsAt: Int32Array[];
}

/**
 * `stream.ids`: the words (-1 at clause breaks); `kinds`: a word class per word (CONTENT, FUNCTION …);
 * `content`: its content words ranked in stream order.
 */
export function countGrams(
  { ids, kinds, content }: Pick<WordStream, "ids" | "kinds" | "content">,
  maxWords: number,
): Grams {
  const total = ids.length;
  const { at: contentAt, meeting: meetingAt, nextInClause } = content;
  const ranked = contentAt.length;
  const columns = new GramColumns(kinds, content.wordMeetings, kinds.length + 1 + (ranked >> 3));
  const vocabulary = kinds.length;

  const vocabularyIds = vocabulary + 1;
  const bigrams = countBigrams(content, kinds, columns);
  const starts: Int32Array[] = [new Int32Array(0), new Int32Array(0), bigrams.starts];
  const gramsAt: Int32Array[] = [new Int32Array(0), new Int32Array(0), bigrams.gramsAt];
  // Scratch, reused by every longer length: the uses that may extend, in rank order (rank, prefix
  // bucket, last word, suffix, meeting), then the same grouped by prefix (use, word, meeting),
  // and the gram each use makes. Moving the values rather than an index keeps the later reads
  // sequential: the random reads were most of the time.
  const most = bigrams.starts.length;
  const useRank = new Int32Array(most);
  const useBucket = new Int32Array(most);
  const useWord = new Int32Array(most);
  const useSuffix = new Int32Array(most);
  const useMeeting = new Int32Array(most);
  const groupedUse = new Int32Array(most);
  const groupedWord = new Int32Array(most);
  const groupedMeeting = new Int32Array(most);
  const gramOfUse = new Int32Array(most);
  // Per word, within one prefix's uses (valid while `stamp` holds that prefix's mark): the
  // meetings counted, the last one, and the gram made.
  const stamp = new Int32Array(vocabulary);
  const meetingsOfWord = new Int32Array(vocabulary);
  const lastMeetingOfWord = new Int32Array(vocabulary);
  const gramOfWord = new Int32Array(vocabulary);
  let mark = 0;
  // Where each shorter length's scan for a suffix has got to (ranks only grow).
  const cursor = new Int32Array(maxWords + 1);
  let firstId = vocabularyIds; // the first id of the length before
  for (let n = 3; n <= maxWords; n++) {
    const lastId = columns.size;
    const from = starts[n - 1]!;
    const prefixes = gramsAt[n - 1]!;
    cursor.fill(0);
    let uses = 0;
    for (let k = 0; k < from.length; k++) {
      const r = from[k]!;
      const end = contentAt[r]! + n - 1;
      if (end >= total) break;
      const prefix = prefixes[k]!;
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
      useRank[uses] = r;
      useBucket[uses] = prefix - firstId;
      useWord[uses] = word;
      useSuffix[uses] = suffix;
      useMeeting[uses++] = meetingAt[r]!;
    }
    // Group the uses by prefix (a stable counting sort: ranks stay ascending, so meetings too).
    const buckets = lastId - firstId;
    const bucketStart = new Int32Array(buckets + 1);
    for (let u = 0; u < uses; u++) bucketStart[useBucket[u]! + 1]!++;
    for (let b = 1; b <= buckets; b++) bucketStart[b]! += bucketStart[b - 1]!;
    const fill = bucketStart.slice(0, buckets);
    for (let u = 0; u < uses; u++) {
      const to = fill[useBucket[u]!]!++;
      groupedUse[to] = u;
      groupedWord[to] = useWord[u]!;
      groupedMeeting[to] = useMeeting[u]!;
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
          gramOfUse[u] = 0;
          continue;
        }
        if (gramOfWord[word] === 0)
          gramOfWord[word] = columns.add(b + firstId, useSuffix[u]!, kinds[word]!, meetingsOfWord[word]!);
        gramOfUse[u] = gramOfWord[word]!;
        kept++;
      }
    }
    // Back to rank order, keeping only the uses of grams that recur.
    const nextStarts = new Int32Array(kept);
    const nextGrams = new Int32Array(kept);
    for (let u = 0, to = 0; u < uses; u++) {
      if (gramOfUse[u] === 0) continue;
      nextStarts[to] = useRank[u]!;
      nextGrams[to++] = gramOfUse[u]!;
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
    words: columns.words,
    contentWords: columns.contentWords,
    endsInContent: columns.endsInContent,
    framed: columns.framed,
    size: columns.size,
  };
}
