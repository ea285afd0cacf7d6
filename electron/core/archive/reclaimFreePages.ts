import type { Db } from '../db';

const INCREMENTAL = 2;

/**
 * Gives the database's free pages back to the file system. New workspaces are created with incremental
 * auto-vacuum, which frees them in place; an older workspace is converted once by a full VACUUM (a rewrite of the
 * file, which takes a while on a large one), after which archiving frees pages incrementally too.
 */
export function reclaimFreePages(db: Db): void {
  if (Number(db.pragma('auto_vacuum', { simple: true })) !== INCREMENTAL) {
    db.pragma('auto_vacuum = incremental');
    db.exec('vacuum');
  } else {
    db.pragma('incremental_vacuum');
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
}
