/** A typed array's contents in a new, longer array of the same kind (the miners' columns grow so). */
export function grown<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}
