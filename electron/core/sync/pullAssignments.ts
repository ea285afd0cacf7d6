import { listLocalCaseStates, readSyncState } from '../db';

import type { Workspace } from '../workspace';
import { applyAssignmentPlan, type AppliedCounts } from './applyAssignmentPlan';
import type { SyncClient } from './createSyncClient';
import { failSafeError } from './failSafeError';
import { fetchAssignmentPages } from './fetchAssignmentPages';
import { planAssignmentChanges } from './planAssignmentChanges';
import type { RetryPolicy } from './retryWithBackoff';

export interface PullResult extends AppliedCounts {
  fullResync: boolean;
}

export interface PullOptions {
  pageSize: number;
  policy: RetryPolicy;
  acceptRemovals: boolean;
  shouldStop: () => boolean;
}

/**
 * Downloads the assignment changes after the saved cursor, checks the whole delta against the fail-safe, then applies it:
 * page by page with each page's cursor, or (full resync) everything plus the removals in one transaction.
 */
export async function pullAssignments(ws: Workspace, client: SyncClient, options: PullOptions): Promise<PullResult> {
  const feed = await fetchAssignmentPages(
    client,
    readSyncState(ws.db).cursor,
    options.pageSize,
    options.policy,
    options.shouldStop,
  );
  const at = ws.clock.now().toISOString();
  const planOptions = { full: feed.full, acceptRemovals: options.acceptRemovals };
  const lastCursor = feed.pages.at(-1)?.cursor;
  if (!lastCursor) return { casesUpdated: 0, casesRemoved: 0, casesFlagged: 0, fullResync: feed.full };

  if (feed.full) {
    return ws.db.transaction((): PullResult => {
      const plan = planAssignmentChanges(
        listLocalCaseStates(ws.db),
        feed.pages.flatMap((p) => p.items),
        planOptions,
      );
      if (plan.failSafe) throw failSafeError(plan.failSafe);
      return { ...applyAssignmentPlan(ws.db, plan, lastCursor, at), fullResync: true };
    })();
  }
  const check = planAssignmentChanges(
    listLocalCaseStates(ws.db),
    feed.pages.flatMap((p) => p.items),
    planOptions,
  );
  if (check.failSafe) throw failSafeError(check.failSafe);
  const total: PullResult = { casesUpdated: 0, casesRemoved: 0, casesFlagged: 0, fullResync: false };
  for (const page of feed.pages) {
    const applied = ws.db.transaction(() =>
      applyAssignmentPlan(
        ws.db,
        planAssignmentChanges(listLocalCaseStates(ws.db), page.items, { full: false, acceptRemovals: true }),
        page.cursor,
        at,
      ),
    )();
    total.casesUpdated += applied.casesUpdated;
    total.casesRemoved += applied.casesRemoved;
    total.casesFlagged += applied.casesFlagged;
  }
  return total;
}
