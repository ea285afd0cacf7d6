import type { CaseDetail } from '../../../shared/domain';
import type { AssignmentChange } from '../../../shared/sync';
import type { LocalCaseState, SyncFlagKind } from '../db';

/** Fewer removals than this are never "mass deletion" (a reviewer's last two cases may simply be withdrawn). */
export const FAIL_SAFE_MIN_REMOVALS = 3;

export interface CaseFlagPlan {
  caseId: string;
  kind: SyncFlagKind;
  reason: string;
}

export interface FailSafeVerdict {
  removals: number;
  localCases: number;
  casesWithUnsentWork: string[];
}

export interface AssignmentPlan {
  upserts: CaseDetail[];
  /** Cases without any local work that are no longer the reviewer's: deleted. */
  removals: string[];
  /** Cases that ended while holding local work: kept read-only as 'withdrawn' with a banner. */
  flags: CaseFlagPlan[];
  /** Non-null: apply nothing and report. */
  failSafe: FailSafeVerdict | null;
}

export interface PlanOptions {
  /** The changes are the whole feed from the start: local cases it never mentions are no longer the reviewer's. */
  full: boolean;
  acceptRemovals: boolean;
}

const NOT_LISTED =
  'The sync server no longer lists this case for you. Your draft was kept here; contact your IMR organisation before doing more work on it.';

/** Decides what a delta does to the local cases; only the last change per case counts (each 'assigned' is a full snapshot). */
export function planAssignmentChanges(
  local: readonly LocalCaseState[],
  changes: readonly AssignmentChange[],
  options: PlanOptions,
): AssignmentPlan {
  const byId = new Map(local.map((c) => [c.id, c]));
  const last = new Map<string, AssignmentChange>();
  for (const change of changes) last.set(change.caseId, change);

  const plan: AssignmentPlan = { upserts: [], removals: [], flags: [], failSafe: null };
  const unsent: string[] = [];
  for (const change of last.values()) {
    if (change.kind === 'assigned') {
      plan.upserts.push(change.assignment);
      continue;
    }
    const mine = byId.get(change.caseId);
    if (!mine || mine.status === 'withdrawn') continue;
    if (mine.hasWork) plan.flags.push({ caseId: mine.id, kind: change.kind, reason: change.reason });
    else plan.removals.push(mine.id);
  }
  if (options.full) {
    for (const mine of local) {
      if (last.has(mine.id) || mine.status === 'withdrawn') continue;
      if (mine.hasUnsyncedWork) unsent.push(mine.caseNumber);
      if (mine.hasWork) plan.flags.push({ caseId: mine.id, kind: 'removed', reason: NOT_LISTED });
      else plan.removals.push(mine.id);
    }
  }
  const live = local.filter((c) => c.status !== 'withdrawn').length;
  const mass = plan.removals.length >= FAIL_SAFE_MIN_REMOVALS && plan.removals.length * 2 > live;
  if (!options.acceptRemovals && (mass || unsent.length > 0)) {
    plan.failSafe = { removals: plan.removals.length, localCases: live, casesWithUnsentWork: unsent.sort() };
  }
  return plan;
}
