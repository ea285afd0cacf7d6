import { literatureToCatalogEntry } from '../../../shared/citations/catalog/literatureEntry';
import type { CatalogEntry } from '../../../shared/citations/citation';
import type { LiteratureRow } from '../db/repositories/literatureRepository';

export function literatureRowToEntry(row: LiteratureRow): CatalogEntry {
  return literatureToCatalogEntry({ authors: row.authors, title: row.title, journal: row.journal, year: row.year, pmid: row.pmid, doi: row.doi }, row.id);
}
