import { describe, expect, it } from "vitest";
import { IntPairMap } from "../../../src/domain/int-pair-map";

/** A map holding each [a, b, value]. */
function mapOf(...entries: [number, number, number][]): IntPairMap {
  const map = new IntPairMap();
  for (const [a, b, value] of entries) map.set(a, b, value);
  return map;
}

describe("IntPairMap", () => {
  it("answers -1 for a pair never set", () => {
    const map = new IntPairMap();
    expect(map.get(0, 0)).toBe(-1);
    expect(map.get(7, 3)).toBe(-1);
  });

  it("returns what was set, including zero, and the last value set for a pair", () => {
    const map = mapOf([0, 0, 0], [4, 9, 12]);
    expect([map.get(0, 0), map.get(4, 9)]).toEqual([0, 12]);
    map.set(4, 9, 13);
    expect(map.get(4, 9)).toBe(13);
  });

  it("keeps (a, b) and (b, a) apart", () => {
    const map = mapOf([2, 5, 1], [5, 2, 2]);
    expect([map.get(2, 5), map.get(5, 2), map.get(2, 2)]).toEqual([1, 2, -1]);
  });

  it("keeps every pair when it grows past its first capacity", () => {
    const map = new IntPairMap(4);
    const pairs: [number, number][] = [];
    for (let a = 0; a < 200; a++) for (let b = 0; b < 50; b += 7) pairs.push([a, b]);
    pairs.forEach(([a, b], i) => map.set(a, b, i));
    expect(pairs.length).toBeGreaterThan(1024);
    pairs.forEach(([a, b], i) => expect(map.get(a, b)).toBe(i));
    expect(map.get(200, 0)).toBe(-1);
    expect(map.get(0, 1)).toBe(-1);
  });

  it("handles large ids", () => {
    const map = new IntPairMap();
    map.set(2_000_000, 1_999_999, 5);
    expect(map.get(2_000_000, 1_999_999)).toBe(5);
    expect(map.get(1_999_999, 2_000_000)).toBe(-1);
  });
});
