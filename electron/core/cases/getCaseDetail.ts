import type { CaseDetail } from '../../../shared/domain/caseModel';
import { listDocuments } from '../db/repositories/documentRepository';
import { listItems } from '../db/repositories/itemRepository';
import type { Db } from '../db/openDatabase';
import { requireCase } from './requireCase';

export function getCaseDetail(db: Db, caseId: string): CaseDetail {
  const record = requireCase(db, caseId);
  const documents = listDocuments(db, caseId).map(({ fileLocation: _location, ...meta }) => meta);
  return { case: record, items: listItems(db, caseId), documents };
}
