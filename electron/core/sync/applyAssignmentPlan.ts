import { deleteCase, flagCase, saveSyncCursor, setCaseStatus, type Db } from '../db';

import { applyCaseSnapshot } from './applyCaseSnapshot';
import type { AssignmentPlan } from './planAssignmentChanges';

export interface AppliedCounts {
  casesUpdated: number;
  casesRemoved: number;
  casesFlagged: number;
}

/** Applies a plan and saves the cursor it came with, all in one transaction: a crash leaves both old or both new. */
export function applyAssignmentPlan(db: Db, plan: AssignmentPlan, cursor: string, at: string): AppliedCounts {
  return db.transaction((): AppliedCounts => {
    for (const detail of plan.upserts) applyCaseSnapshot(db, detail);
    for (const flag of plan.flags) {
      setCaseStatus(db, flag.caseId, 'withdrawn', at);
      flagCase(db, flag.caseId, flag.kind, flag.reason, at);
    }
    for (const caseId of plan.removals) deleteCase(db, caseId);
    saveSyncCursor(db, cursor);
    return { casesUpdated: plan.upserts.length, casesRemoved: plan.removals.length, casesFlagged: plan.flags.length };
  })();
}
