/**
 * Numbers for folded words, found without making a string per word: formulation mining reads
 * millions of words at 10,000 meetings, and slicing and folding each one (then hashing the string
 * in a Map) cost more than all of the n-gram counting. An ASCII word is hashed and compared code
 * unit by code unit, lower-cased on the fly (which is all `foldWord` does to ASCII); any other word
 * is folded as a string first. Pure.
 */
import { foldWord } from "./terms";

const EMPTY = 0;
export const HASH_START = 0x811c9dc5;

/** FNV-1a over lower-cased ASCII code units: one step. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ (code >= 65 && code <= 90 ? code + 32 : code), 0x01000193);
}

export class WordNumbers {
  /** Folded word of each number. */
  readonly words: string[] = [];
  private slots = new Int32Array(1 << 16); // number + 1, or EMPTY
  private hashes = new Int32Array(1024);
  private offsets = new Int32Array(1024);
  private pool = new Uint16Array(1 << 16);
  private pooled = 0;

  /** The number of the folded word `text.slice(start, end)`. */
  numberOf(text: string, start: number, end: number): number {
    let h = HASH_START;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) return this.numberOfFolded(foldWord(text.slice(start, end)));
      h = hashStep(h, code);
    }
    return this.numberOfAscii(text, start, end, h);
  }

  /** `numberOf` for an ASCII word whose hash the caller took while scanning it (`hashStep`). */
  numberOfAscii(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === EMPTY) return this.add(text.slice(start, end).toLowerCase(), h, at);
      const id = slot - 1;
      if (this.hashes[id] === h && this.sameAscii(id, text, start, end)) return id;
    }
  }

  private numberOfFolded(folded: string): number {
    let h = HASH_START;
    for (let i = 0; i < folded.length; i++) h = hashStep(h, folded.charCodeAt(i));
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === EMPTY) return this.add(folded, h, at);
      const id = slot - 1;
      if (this.hashes[id] === h && this.words[id] === folded) return id;
    }
  }

  /** Compares with a stored word, lower-casing the text's ASCII letters as it goes. */
  private sameAscii(id: number, text: string, start: number, end: number): boolean {
    const offset = this.offsets[id]!;
    if (this.offsets[id + 1]! - offset !== end - start) return false;
    for (let i = start, j = offset; i < end; i++, j++) {
      let code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) code += 32;
      if (this.pool[j] !== code) return false;
    }
    return true;
  }

  private add(folded: string, hash: number, at: number): number {
    const id = this.words.push(folded) - 1;
    if (id + 2 > this.hashes.length) {
      this.hashes = grown(this.hashes, this.hashes.length * 2);
      this.offsets = grown(this.offsets, this.offsets.length * 2);
    }
    while (this.pooled + folded.length > this.pool.length) this.pool = grown(this.pool, this.pool.length * 2);
    for (let i = 0; i < folded.length; i++) this.pool[this.pooled + i] = folded.charCodeAt(i);
    this.hashes[id] = hash;
    this.offsets[id] = this.pooled;
    this.pooled += folded.length;
    this.offsets[id + 1] = this.pooled;
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

function grown<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}
