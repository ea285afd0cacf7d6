import type { AssignmentsPage } from '../../shared/sync';
import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import { getMetas, listChangesAfter } from '../repositories';

import { decodeFeedCursor, encodeFeedCursor } from './feedCursor';
import { toAssignmentChange } from './toAssignmentChange';

/** One page of a reviewer's assignment changes after the cursor, read in one snapshot. */
export function readAssignmentsPage(
  db: ServerDb,
  reviewerId: string,
  cursorText: string | undefined,
  limit: number,
): Promise<AssignmentsPage> {
  return db.read(async (tx): Promise<AssignmentsPage> => {
    const meta = await getMetas(tx, ['feed_epoch', 'feed_floor', 'feed_seq']);
    const epoch = meta.feed_epoch;
    const floor = Number(meta.feed_floor);
    // The highest sequence ever issued, even if compaction deleted that change since.
    const last = Number(meta.feed_seq);
    let after = 0;
    if (cursorText !== undefined) {
      const cursor = decodeFeedCursor(cursorText);
      // Below the floor is fine for a cursor issued since the last compaction: it was read from the compacted history (a resync in progress).
      const compactedSince = cursor?.floor === undefined || cursor.floor < floor;
      if (!cursor || cursor.epoch !== epoch || cursor.seq > last || (cursor.seq < floor && compactedSince)) {
        throw new SyncHttpError(
          'RESYNC_REQUIRED',
          'The server no longer knows this sync position (it was compacted or the server was reset). Start again without a cursor to download your full assignment list.',
        );
      }
      after = cursor.seq;
    }
    const rows = await listChangesAfter(tx, reviewerId, after, limit + 1);
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit);
    const seq = hasMore ? (page.at(-1)?.seq ?? after) : Math.max(last, after);
    return { items: page.map(toAssignmentChange), cursor: encodeFeedCursor({ epoch, seq, floor }), has_more: hasMore };
  });
}
