/**
 * The word classes and per-gram columns of formulation mining (issue 13): what each word may be
 * in a phrase, and each counted gram's prefix, suffix and counts as typed arrays (a gram is a
 * number, never a string). Pure.
 */
import { grown } from "./typed-columns";

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
    this.words = new Uint8Array(capacity);
    this.contentWords = new Uint8Array(capacity);
    this.endsInContent = new Uint8Array(capacity);
    this.framed = new Uint8Array(capacity);
    this.count.set(wordMeetings, 1);
    wordKinds.forEach((kind, word) => {
      const id = word + 1;
      this.words[id] = 1;
      if (kind === CONTENT) this.contentWords[id] = this.endsInContent[id] = 1;
    });
  }
  add(prefix: number, suffix: number, lastKind: number, meetings: number): number {
    const lastIsContent = lastKind === CONTENT;
    if (this.size === this.prefix.length) this.grow();
    const id = this.size++;
    this.count[id] = meetings;
    this.prefix[id] = prefix;
    this.suffix[id] = suffix;
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
    this.words = grown(this.words, capacity);
    this.contentWords = grown(this.contentWords, capacity);
    this.endsInContent = grown(this.endsInContent, capacity);
    this.framed = grown(this.framed, capacity);
  }
}
