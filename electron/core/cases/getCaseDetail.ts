import type { CaseDetail } from '../../../shared/domain';
import { listDocuments, listItems, type Db } from '../db';

import { requireCase } from './requireCase';

export function getCaseDetail(db: Db, caseId: string): CaseDetail {
  const record = requireCase(db, caseId);
  const documents = listDocuments(db, caseId).map(({ fileLocation: _location, ...meta }) => meta);
  return { case: record, items: listItems(db, caseId), documents };
}
