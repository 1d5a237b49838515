/**
 * Growing typed arrays for formulation mining (issue 13), which fills columns of millions of
 * numbers without knowing their length in advance. One class per element type keeps every access
 * monomorphic: a shared generic class made each push a polymorphic store, the stream's hottest line.
 */

/** A copy of `array` with room for `length` elements. */
export function grown<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

/** A growing column of 32-bit integers, filled by `push`. */
export class Int32Column {
  size = 0;
  data: Int32Array<ArrayBuffer>;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number) {
    if (this.size === this.data.length) this.data = grown(this.data, Math.ceil(this.size * 1.5));
    this.data[this.size++] = value;
  }
  /** A view, not a copy: the stream is large and lives as long as the mining. */
  done(): Int32Array {
    return this.data.subarray(0, this.size);
  }
}

/** The same for bytes, indexed by the rank or word they describe. */
export class Uint8Column {
  data = new Uint8Array(4096);
  /** Room for index `at`. */
  reserve(at: number) {
    if (at >= this.data.length) this.data = grown(this.data, Math.ceil((at + 1) * 1.5));
  }
}
