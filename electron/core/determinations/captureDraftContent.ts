import { emptyRichText } from '../../../shared/editor';
import { findDraft, listItemDeterminations, listItems, type Db } from '../db';

import type { DraftContent } from './draftContent';

/** The stored draft of a case without parsing its rich text, so even a damaged draft can be kept. */
export function captureDraftContent(db: Db, caseId: string): { content: DraftContent; revision: number } {
  const draft = findDraft(db, caseId);
  const rows = new Map(listItemDeterminations(db, caseId).map((row) => [row.item_id, row]));
  const items = listItems(db, caseId).map((item) => {
    const row = rows.get(item.id);
    return row
      ? {
          itemId: item.id,
          decision: row.decision,
          caGuideline: row.ca_guideline,
          rationaleJson: row.rationale_json,
          citationsJson: row.citations_json,
        }
      : { itemId: item.id, decision: 'undecided' as const, caGuideline: item.caGuideline, rationaleJson: null };
  });
  return {
    content: { summaryJson: draft?.summary_json ?? JSON.stringify(emptyRichText()), items },
    revision: draft?.revision ?? 0,
  };
}
