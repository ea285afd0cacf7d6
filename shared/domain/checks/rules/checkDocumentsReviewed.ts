import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import { createFinding } from './createFinding';
import { shortQuote } from '../text/shortQuote';

/**
 * The reviewer must consider every record submitted (Bowen; McAtee): one finding per unread document. A document whose
 * file is not here (never downloaded, damaged) cannot have been read, whatever its tick says.
 */
export function checkDocumentsReviewed(ctx: CheckContext): CheckFinding[] {
  const unavailable = new Set(ctx.unavailableDocumentIds ?? []);
  return ctx.documents
    .filter((d) => !d.reviewed || unavailable.has(d.id))
    .map((d) => {
      const named = `${shortQuote(d.title, 70)}${d.serviceDate === null ? '' : ` (${d.serviceDate})`}`;
      const target = { kind: 'document', documentId: d.id } as const;
      if (!unavailable.has(d.id))
        return createFinding(
          'DOCUMENT_NOT_REVIEWED',
          target,
          `${named} is not marked reviewed. Open it, read it, and mark it reviewed.`,
        );
      return d.reviewed
        ? createFinding(
            'DOCUMENT_UNAVAILABLE',
            target,
            `${named} is marked reviewed, but its file is not here or does not open, so it cannot have been read. Sync to download it, then read it.`,
          )
        : createFinding(
            'DOCUMENT_NOT_REVIEWED',
            target,
            `${named} is not reviewed, and its file is not here or does not open yet. Sync to download it, then open it, read it, and mark it reviewed.`,
          );
    });
}
