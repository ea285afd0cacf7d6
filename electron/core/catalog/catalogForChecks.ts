import { loadCatalog } from '../../../shared/citations/catalog/loadCatalog';
import type { CatalogEntry } from '../../../shared/citations/citation';
import { listLocalCatalog } from './listLocalCatalog';
import type { Db } from '../db/openDatabase';
import type { Logger } from '../log/logger';

let shipped: CatalogEntry[] | null = null;

/** The shipped catalog (parsed once per process) plus the reviewer's own literature entries. */
export function catalogForChecks(db: Db, log: Logger): CatalogEntry[] {
  shipped ??= loadCatalog();
  return [...shipped, ...listLocalCatalog(db, log).entries];
}
