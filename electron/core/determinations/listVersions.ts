import type { VersionHead } from '../../../shared/ipc/contracts/versionsContract';
import { AppError } from '../../../shared/ipc/appError';
import { findCase } from '../db/repositories/caseRepository';
import { listVersionHeads } from '../db/repositories/versionRepository';
import type { Db } from '../db/openDatabase';
import { toVersionHead } from './toVersionHead';

export function listVersions(db: Db, caseId: string): VersionHead[] {
  if (!findCase(db, caseId)) throw new AppError('NOT_FOUND', 'That case is not in this workspace.');
  return listVersionHeads(db, caseId).map(toVersionHead);
}
