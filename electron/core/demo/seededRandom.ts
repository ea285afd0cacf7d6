export interface Random {
  /** A number in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(list: readonly T[]): T;
  /** Up to `count` distinct entries, in list order. */
  some<T>(list: readonly T[], count: number): T[];
}

/** mulberry32: small, fast and the same on every platform for a given seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, maxInclusive: number) => min + Math.floor(next() * (maxInclusive - min + 1));
  return {
    next,
    int,
    pick<T>(list: readonly T[]): T {
      const value = list[int(0, list.length - 1)];
      if (value === undefined) throw new Error('Cannot pick from an empty list');
      return value;
    },
    some<T>(list: readonly T[], count: number): T[] {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, list.length)) chosen.add(int(0, list.length - 1));
      return list.filter((_, i) => chosen.has(i));
    },
  };
}
