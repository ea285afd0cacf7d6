import { AppError } from '../../../shared/ipc/appError';
import { findDocument, type StoredDocument } from '../db/repositories/documentRepository';
import type { Db } from '../db/openDatabase';

export function requireDocument(db: Db, documentId: string): StoredDocument {
  const doc = findDocument(db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
  return doc;
}
