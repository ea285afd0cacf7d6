import type { DisputedItem } from '../..';

const cache = new WeakMap<readonly DisputedItem[], readonly DisputedItem[]>();

/** Findings follow the letter's item order. */
export function itemsInPositionOrder(items: readonly DisputedItem[]): readonly DisputedItem[] {
  let ordered = cache.get(items);
  if (ordered === undefined) {
    ordered = [...items].sort((a, b) => a.position - b.position);
    cache.set(items, ordered);
  }
  return ordered;
}
