/**
 * Numbers for folded words, found without making a string per word: formulation mining reads
 * millions of words at 10,000 meetings, and slicing and folding each one (then hashing the string
 * in a Map) cost more than all of the n-gram counting. A word is known by two independent 32-bit
 * hashes of its lower-cased code units and its length, taken while the scanner reads it, so a
 * known word is found without reading its characters again (comparing them cost more than a third
 * of the mining: measured in ADR 012). Two different words share all three with a chance of about
 * n² / 2⁶⁵: one in 10¹¹ for the 20,000 words of 10,000 meetings. Any non-ASCII word is folded as a
 * string first and hashed the same way, so "Côte" and "cote" are one word. Pure.
 */
import { foldWord } from "./terms";
import { grown } from "./typed-arrays";

export const HASH_START = 0x811c9dc5 | 0;
export const SECOND_HASH_START = 0;
export const FNV_PRIME = 0x01000193;
export const SECOND_MULTIPLIER = 0x2c1b3c6d;

/** FNV-1a over lower-cased code units: one step. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
}

/** A multiplicative hash with another odd multiplier, independent of FNV's: one step. */
export function secondHashStep(h: number, code: number): number {
  return (Math.imul(h, SECOND_MULTIPLIER) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
}

export class WordNumbers {
  /** Folded word of each number. */
  readonly words: string[] = [];
  /** Open addressing: per slot, the first hash and number + 1 (0: empty). */
  private table = new Int32Array(2 << 16);
  private capacity = 1 << 16;
  /** Per number: the second hash and the length. */
  private keys: Int32Array<ArrayBuffer> = new Int32Array(2 << 12);

  /** The number of the folded word `text.slice(start, end)`. */
  numberOf(text: string, start: number, end: number): number {
    let h1 = HASH_START;
    let h2 = SECOND_HASH_START;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) return this.numberOfFolded(foldWord(text.slice(start, end)));
      h1 = hashStep(h1, code);
      h2 = secondHashStep(h2, code);
    }
    return this.numberOfHashed(text, start, end, h1, h2);
  }

  /** `numberOf` for an ASCII word whose hashes the caller took while scanning it. */
  numberOfHashed(text: string, start: number, end: number, h1: number, h2: number): number {
    const length = end - start;
    const mask = this.capacity - 1;
    const table = this.table;
    for (let at = h1 & mask; ; at = (at + 1) & mask) {
      const slot = table[2 * at + 1]!;
      if (slot === 0) return this.add(text.slice(start, end).toLowerCase(), h1, h2, at);
      if (table[2 * at] === h1 && this.keys[2 * slot - 2] === h2 && this.keys[2 * slot - 1] === length)
        return slot - 1;
    }
  }

  /** The number of a word already folded (`foldWord`): the non-ASCII path. */
  numberOfFolded(folded: string): number {
    let h1 = HASH_START;
    let h2 = SECOND_HASH_START;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      h1 = hashStep(h1, code);
      h2 = secondHashStep(h2, code);
    }
    const mask = this.capacity - 1;
    for (let at = h1 & mask; ; at = (at + 1) & mask) {
      const slot = this.table[2 * at + 1]!;
      if (slot === 0) return this.add(folded, h1, h2, at);
      if (
        this.table[2 * at] === h1 &&
        this.keys[2 * slot - 2] === h2 &&
        this.keys[2 * slot - 1] === folded.length
      )
        return slot - 1;
    }
  }

  private add(folded: string, h1: number, h2: number, at: number): number {
    const id = this.words.push(folded) - 1;
    if (2 * id + 2 > this.keys.length) this.keys = grown(this.keys, this.keys.length * 2);
    this.keys[2 * id] = h2;
    this.keys[2 * id + 1] = folded.length;
    this.table[2 * at] = h1;
    this.table[2 * at + 1] = id + 1;
    if (this.words.length * 2 > this.capacity) this.rehash();
    return id;
  }

  private rehash() {
    const old = this.table;
    const oldCapacity = this.capacity;
    this.capacity *= 2;
    this.table = new Int32Array(2 * this.capacity);
    const mask = this.capacity - 1;
    for (let slot = 0; slot < oldCapacity; slot++) {
      if (old[2 * slot + 1] === 0) continue;
      const h1 = old[2 * slot]!;
      let at = h1 & mask;
      while (this.table[2 * at + 1] !== 0) at = (at + 1) & mask;
      this.table[2 * at] = h1;
      this.table[2 * at + 1] = old[2 * slot + 1]!;
    }
  }
}
