import { catalogEntrySchema, type CatalogEntry, type CitationFamily } from '../citation';

/** One catalog data file: its name (for error messages), the family every entry must belong to, and its raw JSON. */
export interface CatalogFile {
  name: string;
  family: CitationFamily;
  data: unknown;
}

/** Validates catalog files entry by entry; throws an Error naming the file, position and id of the first bad entry. */
export function parseCatalog(files: readonly CatalogFile[]): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  const origin = new Map<string, string>();
  for (const file of files) {
    if (!Array.isArray(file.data)) throw new Error(`Catalog file ${file.name} must hold a JSON array of entries.`);
    file.data.forEach((raw: unknown, index) => {
      const where = `${file.name}[${index}]${describeId(raw)}`;
      const parsed = catalogEntrySchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue?.path.length ? issue.path.join('.') : 'entry';
        throw new Error(`Catalog entry ${where} is invalid: ${path}: ${issue?.message ?? 'does not match the schema'}`);
      }
      const entry = parsed.data;
      if (entry.family !== file.family) {
        throw new Error(
          `Catalog entry ${where} has family "${entry.family}" but ${file.name} holds "${file.family}" entries.`,
        );
      }
      if (entry.effectiveFrom && entry.effectiveTo && entry.effectiveFrom > entry.effectiveTo) {
        throw new Error(
          `Catalog entry ${where} ends (${entry.effectiveTo}) before it starts (${entry.effectiveFrom}).`,
        );
      }
      const first = origin.get(entry.id);
      if (first) throw new Error(`Catalog entry ${where} repeats the id "${entry.id}" already used by ${first}.`);
      origin.set(entry.id, `${file.name}[${index}]`);
      entries.push(entry);
    });
  }
  return entries;
}

function describeId(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string')
    return ` (id "${raw.id.slice(0, 120)}")`;
  return '';
}
