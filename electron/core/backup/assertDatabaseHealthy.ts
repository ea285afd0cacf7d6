import { AppError } from '../../../shared/ipc';
import type { Db } from '../db';
import { errorMessage } from '../../../shared/errorMessage';

/** quick_check at every start: damage found now can still be restored from a backup that predates it. */
export function assertDatabaseHealthy(db: Db): void {
  let problem: string | null;
  try {
    const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
    problem = rows.length === 1 && rows[0]?.quick_check === 'ok' ? null : rows.map((r) => r.quick_check).join('; ');
  } catch (error) {
    problem = errorMessage(error);
  }
  if (problem)
    throw new AppError(
      'DB_CORRUPT',
      `The workspace database is damaged (${problem.slice(0, 200)}). Restore the newest good backup to continue.`,
    );
}
