import { AppError } from '../../../shared/ipc';
import { findDocument, type Db, type StoredDocument } from '../db';

export function requireDocument(db: Db, documentId: string): StoredDocument {
  const doc = findDocument(db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
  return doc;
}
