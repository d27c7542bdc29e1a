// Fixed-size sets of endpoint indexes, 32 per word: the engine's unit of work, so that a
// rule's peers, an endpoint's isolation and a whole row of verdicts are a few word operations.

export type Bitset = Uint32Array;

export function createBitset(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function setBit(set: Bitset, index: number): void {
  set[index >>> 5] = (set[index >>> 5] as number) | (1 << (index & 31));
}

export function hasBit(set: Bitset, index: number): boolean {
  return (((set[index >>> 5] as number) >>> (index & 31)) & 1) === 1;
}

/** `target |= source`, in place. */
export function orInto(target: Bitset, source: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) | (source[i] as number);
}

/** `target &= source`, in place. */
export function andInto(target: Bitset, source: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) & (source[i] as number);
}

/** `target &= ~source`, in place. */
export function andNotInto(target: Bitset, source: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) & ~(source[i] as number);
}

export function and(a: Bitset, b: Bitset): Bitset {
  const out = a.slice();
  andInto(out, b);
  return out;
}

export function isEmptyBitset(set: Bitset): boolean {
  for (let i = 0; i < set.length; i++) if (set[i] !== 0) return false;
  return true;
}

/** Calls `visit` with every index in the set, in increasing order. */
export function forEachBit(set: Bitset, visit: (index: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    let word = set[w] as number;
    while (word !== 0) {
      const low = word & -word;
      visit((w << 5) + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}
