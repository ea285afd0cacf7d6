import type { ServerDb } from '../db';
import { deleteCompactableChanges, getMeta, setMeta } from '../repositories';
import { lastIssuedSeq } from './lastIssuedSeq';

export interface CompactResult {
  deleted: number;
  floor: number;
}

/**
 * Drops history up to a sequence (default: everything so far), keeping each reviewer's latest live assignment.
 * Cursors older than the new floor then get 410 RESYNC_REQUIRED, because withdrawals they never saw may be gone.
 */
export function compactChanges(db: ServerDb, uptoSeq?: number): Promise<CompactResult> {
  return db.write(async (tx): Promise<CompactResult> => {
    const last = await lastIssuedSeq(tx);
    const floor = Math.min(uptoSeq ?? last, last);
    const current = Number(await getMeta(tx, 'feed_floor'));
    if (floor <= current) return { deleted: 0, floor: current };
    const deleted = await deleteCompactableChanges(tx, floor);
    await setMeta(tx, 'feed_floor', String(floor));
    return { deleted, floor };
  });
}
