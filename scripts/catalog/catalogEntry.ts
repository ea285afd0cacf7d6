import { catalogEntrySchema, type CatalogEntry } from '../../shared/citations/citation';

export type EntryFields = Partial<CatalogEntry> & Pick<CatalogEntry, 'id' | 'family' | 'guideline'>;

/** One catalog entry with the empty fields filled in, validated as it is built. */
export function catalogEntry(fields: EntryFields): CatalogEntry {
  return catalogEntrySchema.parse({
    chapterNo: null,
    chapterTitle: null,
    topic: null,
    pages: null,
    bodyParts: [],
    effectiveFrom: null,
    effectiveTo: null,
    regSection: null,
    verified: false,
    ...fields,
  });
}
