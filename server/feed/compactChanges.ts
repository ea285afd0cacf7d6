import type { ServerDb } from '../db';
import { deleteCompactableChanges, getMeta, lastIssuedSeq, setMeta } from '../repositories';

export interface CompactResult {
  deleted: number;
  floor: number;
}

/**
 * Drops history up to a sequence (default: everything so far), keeping each reviewer's latest live assignment.
 * Cursors older than the new floor then get 410 RESYNC_REQUIRED, because withdrawals they never saw may be gone.
 */
export function compactChanges(db: ServerDb, uptoSeq?: number): CompactResult {
  return db.transaction((): CompactResult => {
    const floor = Math.min(uptoSeq ?? lastIssuedSeq(db), lastIssuedSeq(db));
    const current = Number(getMeta(db, 'feed_floor'));
    if (floor <= current) return { deleted: 0, floor: current };
    const deleted = deleteCompactableChanges(db, floor);
    setMeta(db, 'feed_floor', String(floor));
    return { deleted, floor };
  })();
}
