import { literatureToCatalogEntry, type CatalogEntry } from '../../../shared/citations';

import type { LiteratureRow } from '../db';

export function literatureRowToEntry(row: LiteratureRow): CatalogEntry {
  return literatureToCatalogEntry(
    { authors: row.authors, title: row.title, journal: row.journal, year: row.year, pmid: row.pmid, doi: row.doi },
    row.id,
  );
}
