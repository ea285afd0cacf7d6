import type { CaseRecord } from '../../../shared/domain';
import { AppError } from '../../../shared/ipc';
import { findCase, type Db } from '../db';

/** The one check that a case exists, with the one message the reviewer sees when it does not. */
export function requireCase(db: Db, caseId: string): CaseRecord {
  const record = findCase(db, caseId);
  if (!record)
    throw new AppError(
      'NOT_FOUND',
      'That case is not in this workspace. It may have been withdrawn; refresh the inbox.',
    );
  return record;
}
