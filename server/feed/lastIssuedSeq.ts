import type { Queryable } from '../db';
import { getMeta } from '../repositories';

/** The highest sequence ever issued, even if compaction deleted that change since. */
export async function lastIssuedSeq(q: Queryable): Promise<number> {
  return Number(await getMeta(q, 'feed_seq'));
}
