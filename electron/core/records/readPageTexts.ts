import { readPages, type Db, type PageText } from '../db';

import { requireDocument } from './requireDocument';

const MAX_PAGES_PER_READ = 200;

export function readPageTexts(db: Db, documentId: string, fromPage: number, toPage: number): PageText[] {
  requireDocument(db, documentId);
  return readPages(db, documentId, fromPage, Math.min(toPage, fromPage + MAX_PAGES_PER_READ - 1));
}
