import { randomUUID } from 'node:crypto';
import { literatureToCatalogEntry, type CatalogEntry, type LiteratureInput } from '../../../shared/citations';

import { AppError } from '../../../shared/ipc';
import { findLiteratureByIdentifier, insertLiterature } from '../db';
import type { Workspace } from '../workspace';
import { literatureRowToEntry } from './literatureRowToEntry';

/** Stores a reviewer's article; the same PMID or DOI twice gives back the stored entry rather than a duplicate. */
export function addLiterature(ws: Workspace, input: LiteratureInput): CatalogEntry {
  const id = `local-lit-${randomUUID()}`;
  let entry: CatalogEntry;
  try {
    entry = literatureToCatalogEntry(input, id);
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      'The article is incomplete: give authors, title, journal and year (PMID and DOI are optional).',
    );
  }
  const at = ws.clock.now().toISOString();
  return ws.db.transaction(() => {
    const existing = findLiteratureByIdentifier(ws.db, entry.pmid ?? null, entry.doi ?? null);
    if (existing) return literatureRowToEntry(existing);
    insertLiterature(ws.db, {
      id,
      authors: entry.authors ?? '',
      title: entry.topic ?? '',
      journal: entry.journal ?? '',
      year: entry.year ?? 0,
      pmid: entry.pmid ?? null,
      doi: entry.doi ?? null,
      created_at: at,
    });
    return entry;
  })();
}
