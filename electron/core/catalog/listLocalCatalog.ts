import type { CatalogEntry } from '../../../shared/citations';
import { listLiterature, listRecentPickIds, type Db } from '../db';

import type { Logger } from '../log';
import { literatureRowToEntry } from './literatureRowToEntry';

export const MAX_RECENT_PICKS = 50;

export function listLocalCatalog(db: Db, log: Logger): { entries: CatalogEntry[]; recentIds: string[] } {
  const entries: CatalogEntry[] = [];
  for (const row of listLiterature(db)) {
    try {
      entries.push(literatureRowToEntry(row));
    } catch {
      // One bad row must not hide the reviewer's other articles from the picker.
      log.warn('Skipped a local literature entry that no longer validates', { id: row.id });
    }
  }
  return { entries, recentIds: listRecentPickIds(db, MAX_RECENT_PICKS) };
}
