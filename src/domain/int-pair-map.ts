/**
 * A map from a pair of small non-negative integers to an integer, in typed arrays with open
 * addressing. Formulation mining looks up millions of (gram, next word) pairs; a Map of Maps spent
 * most of the time budget on that alone.
 */
export class IntPairMap {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keysA = new Int32Array(capacity).fill(-1);
    this.keysB = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(a: number, b: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 0;
    for (;;) {
      const at = h & this.mask;
      const key = this.keysA[at]!;
      if (key === -1 || (key === a && this.keysB[at] === b)) return at;
      h = at + 1;
    }
  }

  /** The value for (a, b), or -1. */
  get(a: number, b: number): number {
    const at = this.slot(a, b);
    return this.keysA[at] === -1 ? -1 : this.values[at]!;
  }

  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow();
    const at = this.slot(a, b);
    if (this.keysA[at] === -1) this.size++;
    this.keysA[at] = a;
    this.keysB[at] = b;
    this.values[at] = value;
  }

  private grow() {
    const [keysA, keysB, values] = [this.keysA, this.keysB, this.values];
    this.keysA = new Int32Array(keysA.length * 2).fill(-1);
    this.keysB = new Int32Array(keysA.length * 2);
    this.values = new Int32Array(keysA.length * 2);
    this.mask = this.keysA.length - 1;
    this.size = 0;
    for (let i = 0; i < keysA.length; i++) if (keysA[i] !== -1) this.set(keysA[i]!, keysB[i]!, values[i]!);
  }
}
