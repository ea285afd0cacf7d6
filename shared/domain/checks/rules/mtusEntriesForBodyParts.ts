import { isMtusFamily, type CatalogEntry } from '../../../citations';

import { isInForceOn } from './isInForceOn';
import { normalizeBodyPart } from './normalizeBodyPart';

const indexCache = new WeakMap<readonly CatalogEntry[], ReadonlyMap<string, readonly CatalogEntry[]>>();

/** The catalog's MTUS entries by body region, built once per catalog array. */
function mtusIndex(catalog: readonly CatalogEntry[]): ReadonlyMap<string, readonly CatalogEntry[]> {
  let index = indexCache.get(catalog);
  if (index === undefined) {
    const built = new Map<string, CatalogEntry[]>();
    for (const entry of catalog) {
      if (!isMtusFamily(entry.family)) continue;
      for (const part of new Set(entry.bodyParts.map(normalizeBodyPart))) {
        const list = built.get(part) ?? [];
        list.push(entry);
        built.set(part, list);
      }
    }
    index = built;
    indexCache.set(catalog, index);
  }
  return index;
}

/** MTUS entries in force on the date that cover any of the body parts. */
export function mtusEntriesForBodyParts(
  catalog: readonly CatalogEntry[],
  bodyParts: Iterable<string>,
  date: string,
): CatalogEntry[] {
  const index = mtusIndex(catalog);
  const found = new Set<CatalogEntry>();
  for (const part of bodyParts) {
    for (const entry of index.get(normalizeBodyPart(part)) ?? []) {
      if (isInForceOn(entry.effectiveFrom, entry.effectiveTo, date)) found.add(entry);
    }
  }
  return [...found];
}
