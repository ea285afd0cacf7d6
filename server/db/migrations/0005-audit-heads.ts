import type { ServerMigration } from './serverMigration';

/**
 * Written once for both engines: the audit-trail head each reviewer's workspace (its trail, named by its first event)
 * sent with its last sync request, so a workspace rolled back to an older copy learns that the server saw more.
 */
export const serverMigration0005: ServerMigration = {
  version: 5,
  name: 'audit-heads',
  async up(db) {
    await db.schema
      .createTable('audit_heads')
      .addColumn('reviewer_id', 'text', (c) => c.notNull().references('reviewers.id').onDelete('cascade'))
      .addColumn('chain', 'text', (c) => c.notNull())
      .addColumn('event_id', 'integer', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_heads_pk', ['reviewer_id', 'chain'])
      .execute();
  },
};
