import type { VersionHead } from '../../../shared/ipc';
import { listVersionHeads, type Db } from '../db';

import { toVersionHead } from './toVersionHead';
import { requireCase } from '../cases';

export function listVersions(db: Db, caseId: string): VersionHead[] {
  requireCase(db, caseId);
  return listVersionHeads(db, caseId).map(toVersionHead);
}
