/** A typed array's columns grown to `size`, what they held kept (tokens, tries as columns). */
export function grown<T extends Int32Array | Uint16Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
