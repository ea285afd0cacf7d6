import type { Determination, ItemDetermination } from '../..';

const cache = new WeakMap<Determination, ReadonlyMap<string, ItemDetermination>>();

export function itemDeterminationFor(determination: Determination, itemId: string): ItemDetermination | undefined {
  let byId = cache.get(determination);
  if (byId === undefined) {
    byId = new Map(determination.items.map((d) => [d.itemId, d]));
    cache.set(determination, byId);
  }
  return byId.get(itemId);
}
