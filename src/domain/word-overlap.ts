/**
 * Word-level shared wording between statements: which runs of words in one statement also occur,
 * word for word, in another. Readouts repeat official formulations ("international fairness and
 * justice") from meeting to meeting; marking them lets a reader see what was repeated and what is
 * new. Comparison ignores case and punctuation, but the output keeps the original text exactly.
 */

/** A piece of the original text; joining every segment's `text` gives the text back unchanged. */
export interface WordingSegment {
  text: string;
  /** True when this piece is part of a run of words that also appears in one of the other texts. */
  shared: boolean;
}

export interface OverlapOptions {
  /** Fewest words a shared run must have (after trimming stop words at its ends). */
  minWords?: number;
  /** Fewest non-stop words a shared run must have, so "of the" or "and the" never count. */
  minContentWords?: number;
  /**
   * More words to treat like stop words, e.g. the participants' names: "Xi Jinping" recurs in
   * every readout and is not a formulation. Compared case-insensitively.
   */
  ignoreWords?: Iterable<string>;
}

interface Settings {
  minWords: number;
  minContentWords: number;
  isFiller: (normalisedWord: string) => boolean;
}

interface Token {
  /** Normalised form used for comparison. */
  norm: string;
  start: number;
  end: number;
}

const DEFAULT_MIN_WORDS = 2;
const DEFAULT_MIN_CONTENT_WORDS = 2;

// Function words that make a run look shared without carrying meaning. Kept small on purpose:
// words like "peace", "world" or "cooperation" are exactly the formulations readers track.
const STOP_WORDS = new Set(
  (
    "a an the and or but nor of to in on at by for from with as into onto than that this these those " +
    "is are was were be been being has have had do does did will would shall should can could may might must " +
    "it its it's he him his she her they them their we us our you your i me my " +
    "not no so such also both each all any some more most very which who whom whose what when where while " +
    "said says say told stressed noted added"
  ).split(" "),
);

// A word is letters or digits, optionally joined by apostrophes or hyphens ("China's", "win-win").
const WORD = /[\p{L}\p{N}]+(?:['’‘-][\p{L}\p{N}]+)*/gu;

function normalise(word: string): string {
  return word.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'");
}

/** Splits text into words with their character offsets in the original string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ norm: normalise(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** A run of shared words as token indices [start, end). */
type Run = [start: number, end: number];

/**
 * Collects every maximal run of consecutive words in `tokens` that also occurs consecutively in
 * `other` and is meaningful (see OverlapOptions). Longest-common-substring table, O(n·m): readout
 * statements are a few dozen words, so this stays well under a millisecond per pair.
 */
function collectRunsSharedWith(tokens: Token[], other: Token[], runs: Run[], settings: Settings): void {
  let previous = new Array<number>(other.length + 1).fill(0);
  for (let i = 1; i <= tokens.length; i++) {
    const current = new Array<number>(other.length + 1).fill(0);
    for (let j = 1; j <= other.length; j++) {
      if (tokens[i - 1]!.norm === other[j - 1]!.norm) current[j] = previous[j - 1]! + 1;
    }
    // A run ending at (i-1, j-1) is maximal when it cannot extend to (i, j).
    for (let j = 1; j <= other.length; j++) {
      const length = current[j]!;
      if (length === 0) continue;
      const continues = i < tokens.length && j < other.length && tokens[i]!.norm === other[j]!.norm;
      if (continues) continue;
      const run = meaningfulPart(tokens, [i - length, i], settings);
      if (run) runs.push(run);
    }
    previous = current;
  }
}

/** Trims filler words from both ends of a run; returns what is left if it is still meaningful. */
function meaningfulPart(tokens: Token[], [from, to]: Run, settings: Settings): Run | undefined {
  let start = from;
  let end = to;
  while (start < end && settings.isFiller(tokens[start]!.norm)) start++;
  while (end > start && settings.isFiller(tokens[end - 1]!.norm)) end--;
  if (end - start < settings.minWords) return undefined;
  let content = 0;
  for (let k = start; k < end; k++) if (!settings.isFiller(tokens[k]!.norm)) content++;
  return content >= settings.minContentWords ? [start, end] : undefined;
}

/** Sorts runs and merges the overlapping ones; runs that merely touch stay apart (two phrases). */
function mergeOverlapping(runs: Run[]): Run[] {
  const sorted = [...runs].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const merged: Run[] = [];
  for (const run of sorted) {
    const last = merged.at(-1);
    if (last && run[0] < last[1]) last[1] = Math.max(last[1], run[1]);
    else merged.push([run[0], run[1]]);
  }
  return merged;
}

function toSettings(options: OverlapOptions): Settings {
  const ignored = new Set<string>();
  for (const phrase of options.ignoreWords ?? [])
    for (const token of tokenize(phrase)) ignored.add(token.norm);
  return {
    minWords: options.minWords ?? DEFAULT_MIN_WORDS,
    minContentWords: options.minContentWords ?? DEFAULT_MIN_CONTENT_WORDS,
    isFiller: (word) => STOP_WORDS.has(word) || ignored.has(word),
  };
}

/**
 * Splits `text` into segments, marking the runs of words it shares with any of `others`.
 * A shared segment runs from its first word to its last, including the spaces and punctuation
 * between them, so "fairness, and justice" reads as one highlight.
 */
export function markSharedWording(
  text: string,
  others: readonly string[],
  options: OverlapOptions = {},
): WordingSegment[] {
  const settings = toSettings(options);
  const tokens = tokenize(text);
  const runs: Run[] = [];
  for (const other of others) collectRunsSharedWith(tokens, tokenize(other), runs, settings);

  const segments: WordingSegment[] = [];
  let cursor = 0;
  for (const [first, end] of mergeOverlapping(runs)) {
    const from = tokens[first]!.start;
    const to = tokens[end - 1]!.end;
    if (from > cursor) segments.push({ text: text.slice(cursor, from), shared: false });
    segments.push({ text: text.slice(from, to), shared: true });
    cursor = to;
  }
  if (cursor < text.length || segments.length === 0)
    segments.push({ text: text.slice(cursor), shared: false });
  return segments;
}

/** The distinct shared phrases of a segmentation, normalised (lower case, single spaces), in order. */
export function sharedPhrases(segments: readonly WordingSegment[]): string[] {
  const phrases: string[] = [];
  for (const segment of segments) {
    if (!segment.shared) continue;
    const phrase = tokenize(segment.text)
      .map((token) => token.norm)
      .join(" ");
    if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  return phrases;
}
