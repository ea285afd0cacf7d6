import { sql } from 'kysely';
import type { ServerMigration } from './serverMigration';

/**
 * Written once for both engines. A reviewer's feed now holds only the latest change per case, so a reviewer who
 * lost a case sees "withdrawn" or "reassigned" and no longer the claimant details of the earlier assignment.
 * Deleting a superseded change is safe for every cursor: a client behind it still gets the later change.
 */
export const serverMigration0004: ServerMigration = {
  version: 4,
  name: 'feed-keeps-latest-change-per-case',
  async up(db) {
    await sql`
      delete from changes
      where exists (
        select 1 from changes later
        where later.reviewer_id = changes.reviewer_id and later.case_id = changes.case_id and later.seq > changes.seq
      )
    `.execute(db);
  },
};
