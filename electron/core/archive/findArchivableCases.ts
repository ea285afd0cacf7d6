import { CLOSED_CASE_STATUSES } from '../../../shared/domain';
import type { Db } from '../db';

const DAY_MS = 86_400_000;

/** The last moment a closed case may have changed to be archived now. */
export function archiveCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
}

/** Closed cases, not archived yet, unchanged since the cutoff (a case's updated_at moves with every change). */
export function findArchivableCases(db: Db, cutoff: string): string[] {
  const closed = CLOSED_CASE_STATUSES.map(() => '?').join(', ');
  return (
    db
      .prepare(`select id from cases where archived_at is null and status in (${closed}) and updated_at < ?`)
      .all(...CLOSED_CASE_STATUSES, cutoff) as { id: string }[]
  ).map((r) => r.id);
}
