import { listLiveOcrPages, setOcrPageText, type Db, type PageText } from '../db';
import { keepsOcrText } from './keepsOcrText';

/** After a re-index rewrote a document's pages from its file, its OCR results go back onto the pages that need them. */
export function applyLiveOcr(db: Db, documentId: string, pages: readonly PageText[]): void {
  const needs = new Map(pages.filter((p) => p.ocrNeed).map((p) => [p.page, p.text]));
  for (const row of listLiveOcrPages(db, documentId)) {
    const layer = needs.get(row.page);
    if (row.state === 'done' && layer !== undefined && keepsOcrText(layer, row.text))
      setOcrPageText(db, documentId, row.page, row.text);
  }
}
