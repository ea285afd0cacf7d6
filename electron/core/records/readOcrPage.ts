import type { OcrPage } from '../../../shared/ipc';
import { findLiveOcrPage, readOcrNeeds, type Db } from '../db';
import { LOW_CONFIDENCE, type Affine, type OcrWord } from '../ocr';
import { requireDocument } from './requireDocument';

/** One page's OCR as the viewer needs it: words and boxes with the map to page space, or why there are none. */
export function readOcrPage(db: Db, documentId: string, page: number): OcrPage {
  requireDocument(db, documentId);
  const base = { documentId, page, words: [], toPage: null, confidence: null, lowConfidence: false, engine: null };
  const row = findLiveOcrPage(db, documentId, page);
  if (!row) {
    const needed = readOcrNeeds(db, documentId).some((p) => p.page === page);
    return { ...base, state: needed ? 'pending' : 'not-needed', message: null };
  }
  if (row.state === 'failed') return { ...base, state: 'failed', engine: row.engine, message: row.message };
  const words = JSON.parse(row.wordsJson) as OcrWord[];
  return {
    documentId,
    page,
    state: 'read',
    words,
    toPage: row.toPageJson ? (JSON.parse(row.toPageJson) as Affine) : null,
    confidence: row.confidence,
    lowConfidence: words.length > 0 && (row.confidence ?? 0) < LOW_CONFIDENCE,
    engine: row.engine,
    message: null,
  };
}
