/**
 * Numbers for folded words, found without making a string per word: formulation mining reads
 * millions of words at 10,000 meetings, and slicing and folding each one (then hashing the string
 * in a Map) cost more than all of the n-gram counting. The scanner hashes each ASCII word as it
 * reads it, lower-casing on the fly (which is all `foldWord` does to ASCII), with two independent
 * 32-bit hashes; a word is known by both hashes and its length, so a lookup never reads the word
 * again (comparing it code unit by code unit took a third of the stream's time). Two different
 * words agreeing on 64 bits and a length among the ~10^5 words of a corpus has a chance of about
 * one in 10^9. Any other word is folded as a string first and hashed the same way. Pure.
 */
import { grown } from "./typed-columns";
import { foldWord } from "./terms";

const EMPTY = 0;
export const HASH_START = 0x811c9dc5;
export const CHECK_START = 0x2545f491;

/** FNV-1a over lower-cased ASCII code units: one step. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ (code >= 65 && code <= 90 ? code + 32 : code), 0x01000193);
}

/** The second hash, a multiplicative one over the same lower-cased code units: one step. */
export function checkStep(g: number, code: number): number {
  return Math.imul(g + (code >= 65 && code <= 90 ? code + 32 : code), 0x9e3779b1) ^ (g >>> 15);
}

export class WordNumbers {
  /** Folded word of each number. */
  readonly words: string[] = [];
  private slots = new Int32Array(1 << 16); // number + 1, or EMPTY
  private hashes = new Int32Array(1024);
  private checks = new Int32Array(1024);
  private lengths = new Int32Array(1024);

  /** The number of the folded word `text.slice(start, end)`. */
  numberOf(text: string, start: number, end: number): number {
    let h = HASH_START;
    let g = CHECK_START;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) return this.numberOfFolded(foldWord(text.slice(start, end)));
      h = hashStep(h, code);
      g = checkStep(g, code);
    }
    return this.numberOfAscii(text, start, end, h, g);
  }

  /** `numberOf` for an ASCII word whose hashes the caller took while scanning it (`hashStep`, `checkStep`). */
  numberOfAscii(text: string, start: number, end: number, h: number, g: number): number {
    const length = end - start;
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === EMPTY) return this.add(text.slice(start, end).toLowerCase(), h, g, at);
      const id = slot - 1;
      if (this.hashes[id] === h && this.checks[id] === g && this.lengths[id] === length) return id;
    }
  }

  private numberOfFolded(folded: string): number {
    let h = HASH_START;
    let g = CHECK_START;
    for (let i = 0; i < folded.length; i++) {
      h = hashStep(h, folded.charCodeAt(i));
      g = checkStep(g, folded.charCodeAt(i));
    }
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === EMPTY) return this.add(folded, h, g, at);
      const id = slot - 1;
      if (this.hashes[id] === h && this.words[id] === folded) return id;
    }
  }

  private add(folded: string, hash: number, check: number, at: number): number {
    const id = this.words.push(folded) - 1;
    if (id + 1 > this.hashes.length) {
      this.hashes = grown(this.hashes, this.hashes.length * 2);
      this.checks = grown(this.checks, this.checks.length * 2);
      this.lengths = grown(this.lengths, this.lengths.length * 2);
    }
    this.hashes[id] = hash;
    this.checks[id] = check;
    this.lengths[id] = folded.length;
    this.slots[at] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let at = this.hashes[id]! & mask;
      while (this.slots[at] !== EMPTY) at = (at + 1) & mask;
      this.slots[at] = id + 1;
    }
  }
}
