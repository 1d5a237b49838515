/**
 * The first length of the n-gram count (formulation-grams): two-word grams in two meetings. Pure.
 */
import { CONTENT, MIN_MEETINGS, type GramColumns } from "./formulation-gram-columns";
import type { ContentWords } from "./formulation-words";

/**
 * The first length: two-word grams starting with a content word, in two meetings. Every content
 * word starts one (1.3 million uses at 10,000 meetings, more than all longer lengths together), so
 * it has its own path over the stream's per-rank word and next word: one counting sort by the first
 * word that carries the next word and the meeting along, so the counting reads sequentially. Gram
 * ids come in the same order as the longer lengths give theirs (by prefix, then first use).
 */
export function countBigrams(
  { word: firstWord, next: nextWord, meeting: meetingAt, wordMeetings }: ContentWords,
  kinds: Uint8Array,
  columns: GramColumns,
): { starts: Int32Array; gramsAt: Int32Array } {
  const ranked = firstWord.length;
  const vocabulary = kinds.length;
  // A use may make a recurring gram only when both its words recur (a content word: in two meetings).
  const extends_ = (r: number) => {
    const next = nextWord[r]!;
    if (next < 0 || wordMeetings[firstWord[r]!]! < MIN_MEETINGS) return false;
    return kinds[next] !== CONTENT || wordMeetings[next]! >= MIN_MEETINGS;
  };
  const bucketStart = new Int32Array(vocabulary + 1);
  for (let r = 0; r < ranked; r++) if (extends_(r)) bucketStart[firstWord[r]! + 1]!++;
  for (let w = 1; w <= vocabulary; w++) bucketStart[w]! += bucketStart[w - 1]!;
  const uses = bucketStart[vocabulary]!;
  const fill = bucketStart.slice(0, vocabulary);
  const groupedRank = new Int32Array(uses);
  const groupedNext = new Int32Array(uses);
  const groupedMeeting = new Int32Array(uses);
  for (let r = 0; r < ranked; r++) {
    if (!extends_(r)) continue;
    const to = fill[firstWord[r]!]!++;
    groupedRank[to] = r;
    groupedNext[to] = nextWord[r]!;
    groupedMeeting[to] = meetingAt[r]!;
  }
  // Per first word: each next word's meetings (valid while `stamp` holds the first word + 1).
  const stamp = new Int32Array(vocabulary);
  const meetingsOfNext = new Int32Array(vocabulary);
  const lastMeetingOfNext = new Int32Array(vocabulary);
  const gramOfNext = new Int32Array(vocabulary);
  const gramOfRank = new Int32Array(ranked);
  let kept = 0;
  for (let first = 0; first < vocabulary; first++) {
    const begin = bucketStart[first]!;
    const stop = bucketStart[first + 1]!;
    for (let o = begin; o < stop; o++) {
      const next = groupedNext[o]!;
      const meeting = groupedMeeting[o]!;
      if (stamp[next] !== first + 1) {
        stamp[next] = first + 1;
        meetingsOfNext[next] = 1;
        lastMeetingOfNext[next] = meeting;
        gramOfNext[next] = 0;
      } else if (lastMeetingOfNext[next] !== meeting) {
        lastMeetingOfNext[next] = meeting;
        meetingsOfNext[next]!++;
      }
    }
    for (let o = begin; o < stop; o++) {
      const next = groupedNext[o]!;
      if (meetingsOfNext[next]! < MIN_MEETINGS) continue;
      if (gramOfNext[next] === 0) {
        const suffix = kinds[next] === CONTENT ? next + 1 : 0;
        gramOfNext[next] = columns.add(first + 1, suffix, kinds[next]!, meetingsOfNext[next]!);
      }
      gramOfRank[groupedRank[o]!] = gramOfNext[next]!;
      kept++;
    }
  }
  const starts = new Int32Array(kept);
  const gramsAt = new Int32Array(kept);
  for (let r = 0, to = 0; r < ranked; r++) {
    if (gramOfRank[r] === 0) continue;
    starts[to] = r;
    gramsAt[to++] = gramOfRank[r]!;
  }
  return { starts, gramsAt };
}
