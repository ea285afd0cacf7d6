import { loadCatalog, type CatalogEntry } from '../../../shared/citations';

import { listLocalCatalog } from './listLocalCatalog';
import type { Db } from '../db';
import type { Logger } from '../log';

let shipped: CatalogEntry[] | null = null;

/** The shipped catalog (parsed once per process) plus the reviewer's own literature entries. */
export function catalogForChecks(db: Db, log: Logger): CatalogEntry[] {
  shipped ??= loadCatalog();
  return [...shipped, ...listLocalCatalog(db, log).entries];
}
