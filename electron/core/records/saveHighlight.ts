import { randomUUID } from 'node:crypto';
import { AppError, type Highlight } from '../../../shared/ipc';

import { findDocument, insertHighlight, type HighlightRect } from '../db';

import type { Workspace } from '../workspace';

export interface HighlightInput {
  documentId: string;
  page: number;
  rects: HighlightRect[];
  text: string;
  color?: string | undefined;
}

/** A highlight is data beside the record (page, rectangles, quoted text); the PDF's bytes never change. */
export function saveHighlight(ws: Workspace, input: HighlightInput): Highlight {
  return ws.db.transaction(() => {
    const doc = findDocument(ws.db, input.documentId);
    if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
    if (input.page > Math.max(doc.pageCount, 1)) {
      throw new AppError(
        'INVALID_INPUT',
        `Page ${input.page} is past the end of "${doc.title}" (${doc.pageCount} pages).`,
      );
    }
    const highlight = {
      id: randomUUID(),
      documentId: input.documentId,
      page: input.page,
      rects: input.rects,
      text: input.text,
      color: input.color ?? 'yellow',
      createdAt: ws.clock.now().toISOString(),
    };
    insertHighlight(ws.db, highlight);
    return highlight;
  })();
}
