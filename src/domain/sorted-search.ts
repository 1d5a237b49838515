/**
 * The first index of a sorted sequence at which `isBefore` stops holding: the lower bound, by
 * halving. `isBefore(i)` must be true for a prefix of the indices and false after it. Pure.
 */
export function lowerBound(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
