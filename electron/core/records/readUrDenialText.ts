import type { DocumentMeta } from '../../../shared/domain';
import { readPages, type Db } from '../db';

/** The extracted text of the case's UR denial letter(s), or null when none is in the file or none has text. */
export function readUrDenialText(db: Db, documents: readonly DocumentMeta[]): string | null {
  const texts = documents
    .filter((d) => d.docType === 'ur_denial')
    .map((d) =>
      readPages(db, d.id, 1, Number.MAX_SAFE_INTEGER)
        .map((p) => p.text)
        .join('\n'),
    )
    .filter((text) => text.trim() !== '');
  return texts.length === 0 ? null : texts.join('\n\n');
}
