import { sql } from 'kysely';
import type { ServerMigration } from './serverMigration';

/**
 * Written once for both engines: certificate revocation, one-time enrolment codes, failed-authentication counters,
 * and the tables of the database storage driver (blobs cut into chunks, each with its own SHA-256).
 */
export const serverMigration0003: ServerMigration = {
  version: 3,
  name: 'credentials-and-database-storage',
  async up(db, engine) {
    const bytes = engine === 'postgres' ? sql`bytea` : sql`blob`;
    await db.schema.alterTable('certificates').addColumn('revoked_at', 'text').execute();
    await db.schema
      .createTable('enrolment_codes')
      .addColumn('code_sha256', 'text', (c) => c.primaryKey())
      .addColumn('reviewer_id', 'text', (c) => c.notNull().references('reviewers.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('certificate_sha256', 'text')
      .execute();
    await db.schema.createIndex('enrolment_codes_reviewer').on('enrolment_codes').column('reviewer_id').execute();
    await db.schema
      .createTable('auth_failures')
      .addColumn('client_key', 'text', (c) => c.primaryKey())
      .addColumn('window_started_at', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('blocked_until', 'text')
      .execute();
    await db.schema
      .createTable('storage_blobs')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('size_bytes', 'bigint', (c) => c.notNull())
      .addColumn('chunk_bytes', 'integer', (c) => c.notNull())
      .addColumn('stored_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('storage_chunks')
      .addColumn('sha256', 'text', (c) => c.notNull().references('storage_blobs.sha256').onDelete('cascade'))
      .addColumn('chunk_index', 'integer', (c) => c.notNull())
      .addColumn('chunk_sha256', 'text', (c) => c.notNull())
      .addColumn('bytes', bytes, (c) => c.notNull())
      .addPrimaryKeyConstraint('storage_chunks_pk', ['sha256', 'chunk_index'])
      .execute();
  },
};
