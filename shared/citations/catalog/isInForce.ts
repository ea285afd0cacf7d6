import type { CatalogEntry } from '../citation';

/** Whether the entry governed on an ISO date (YYYY-MM-DD); open ends (null) never exclude. */
export function isInForce(entry: Pick<CatalogEntry, 'effectiveFrom' | 'effectiveTo'>, isoDate: string): boolean {
  return (
    (entry.effectiveFrom === null || entry.effectiveFrom <= isoDate) &&
    (entry.effectiveTo === null || isoDate <= entry.effectiveTo)
  );
}
