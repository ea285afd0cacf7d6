import type { VersionHead } from '../../../shared/ipc/contracts/versionsContract';
import { listVersionHeads } from '../db/repositories/versionRepository';
import type { Db } from '../db/openDatabase';
import { toVersionHead } from './toVersionHead';
import { requireCase } from '../cases/requireCase';

export function listVersions(db: Db, caseId: string): VersionHead[] {
  requireCase(db, caseId);
  return listVersionHeads(db, caseId).map(toVersionHead);
}
