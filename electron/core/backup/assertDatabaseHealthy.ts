import { AppError, isAppError } from '../../../shared/ipc';
import type { Db, DatabaseWorker } from '../db';
import { errorMessage } from '../../../shared/errorMessage';

/** quick_check at start: damage found now can still be restored from a backup that predates it. */
export function assertDatabaseHealthy(db: Db): void {
  let problem: string | null;
  try {
    problem = quickCheckProblemOf(db.pragma('quick_check(5)'));
  } catch (error) {
    problem = errorMessage(error);
  }
  if (problem) throw damageError(problem);
}

/**
 * The same check on a worker thread's connection: on a workspace of hundreds of megabytes it reads every page for
 * seconds, so the desktop app and the browser shell run it beside the open workspace instead of before it.
 * Resolves to the damage found, or null.
 */
export async function findDatabaseDamage(worker: DatabaseWorker): Promise<AppError | null> {
  try {
    const problem = quickCheckProblemOf(await worker.pragma('quick_check(5)'));
    return problem ? damageError(problem) : null;
  } catch (error) {
    // A worker stopped on purpose (the workspace locked or closed) found nothing.
    if (isAppError(error) && error.code !== 'DB_CORRUPT') throw error;
    return damageError(errorMessage(error));
  }
}

function quickCheckProblemOf(rows: unknown): string | null {
  const results = rows as { quick_check: string }[];
  return results.length === 1 && results[0]?.quick_check === 'ok' ? null : results.map((r) => r.quick_check).join('; ');
}

function damageError(problem: string): AppError {
  return new AppError(
    'DB_CORRUPT',
    `The workspace database is damaged (${problem.slice(0, 200)}). Restore the newest good backup to continue.`,
  );
}
