import type { CaseDetail } from '../../../shared/domain/caseModel';
import { AppError } from '../../../shared/ipc/appError';
import { findCase } from '../db/repositories/caseRepository';
import { listDocuments } from '../db/repositories/documentRepository';
import { listItems } from '../db/repositories/itemRepository';
import type { Db } from '../db/openDatabase';

export function getCaseDetail(db: Db, caseId: string): CaseDetail {
  const record = findCase(db, caseId);
  if (!record) throw new AppError('NOT_FOUND', 'That case is not in this workspace. It may have been withdrawn; refresh the inbox.');
  const documents = listDocuments(db, caseId).map(({ fileLocation: _location, ...meta }) => meta);
  return { case: record, items: listItems(db, caseId), documents };
}
