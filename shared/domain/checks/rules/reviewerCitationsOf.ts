import type { CitationSnapshot } from '../../../citations';
import { itemCitationsOf, type ItemDetermination } from '../..';

const cache = new WeakMap<ItemDetermination, readonly CitationSnapshot[]>();

/** itemCitationsOf, remembered per determination object: unchanged items cost nothing on a re-run while typing. */
export function reviewerCitationsOf(det: ItemDetermination): readonly CitationSnapshot[] {
  let citations = cache.get(det);
  if (citations === undefined) {
    citations = itemCitationsOf(det);
    cache.set(det, citations);
  }
  return citations;
}
