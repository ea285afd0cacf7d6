import type { AssignmentsPage } from '../../shared/sync';
import type { ServerDb } from '../db';
import { SyncHttpError } from '../http';
import { readFeedPage } from '../repositories';

import { decodeFeedCursor, encodeFeedCursor } from './feedCursor';
import { toAssignmentChange } from './toAssignmentChange';

/** One page of a reviewer's assignment changes after the cursor, read in one snapshot (one statement). */
export async function readAssignmentsPage(
  db: ServerDb,
  reviewerId: string,
  cursorText: string | undefined,
  limit: number,
): Promise<AssignmentsPage> {
  const cursor = cursorText === undefined ? undefined : decodeFeedCursor(cursorText);
  const after = cursor?.seq ?? 0;
  const { epoch, floor, last, rows } = await readFeedPage(db.query, reviewerId, after, limit + 1);
  if (cursorText !== undefined) {
    // Below the floor is fine for a cursor issued since the last compaction: it was read from the compacted history (a resync in progress).
    const compactedSince = cursor?.floor === undefined || cursor.floor < floor;
    if (!cursor || cursor.epoch !== epoch || cursor.seq > last || (cursor.seq < floor && compactedSince)) {
      throw new SyncHttpError(
        'RESYNC_REQUIRED',
        'The server no longer knows this sync position (it was compacted or the server was reset). Start again without a cursor to download your full assignment list.',
      );
    }
  }
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  const seq = hasMore ? (page.at(-1)?.seq ?? after) : Math.max(last, after);
  return { items: page.map(toAssignmentChange), cursor: encodeFeedCursor({ epoch, seq, floor }), has_more: hasMore };
}
