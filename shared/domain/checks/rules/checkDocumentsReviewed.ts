import type { CheckContext } from '../checkContext';
import type { CheckFinding } from '../checkFinding';
import { createFinding } from './createFinding';
import { shortQuote } from '../text/shortQuote';

/** The reviewer must consider every record submitted (Bowen; McAtee): one finding per unread document. */
export function checkDocumentsReviewed(ctx: CheckContext): CheckFinding[] {
  return ctx.documents
    .filter((d) => !d.reviewed)
    .map((d) => {
      const dated = d.serviceDate === null ? '' : ` (${d.serviceDate})`;
      return createFinding(
        'DOCUMENT_NOT_REVIEWED',
        { kind: 'document', documentId: d.id },
        `${shortQuote(d.title, 70)}${dated} is not marked reviewed. Open it, read it, and mark it reviewed.`,
      );
    });
}
