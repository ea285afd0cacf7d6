import { sql } from 'kysely';
import type { ServerMigration } from './serverMigration';

/**
 * Two changes for running on more than one instance (PostgreSQL's twin: the .postgres.ts file):
 * - change sequences come from the meta row feed_seq, incremented inside the writing transaction, so sequences
 *   commit in order and a cursor never skips a change committed late (an autoincrement does not promise that);
 * - a received package's letter and determination move to record storage: the inline columns become optional and
 *   new rows name the stored files by SHA-256. SQLite cannot drop NOT NULL, so the table is rebuilt.
 */
export const sqliteMigration0002: ServerMigration = {
  version: 2,
  name: 'feed-counter-and-stored-package-files',
  rebuildsTables: true,
  async up(db) {
    await sql`
      insert into meta (key, value)
      values ('feed_seq', cast(coalesce((select seq from sqlite_sequence where name = 'changes'), 0) as text))
    `.execute(db);
    await sql`
      create table packages_next (
        receipt_id text primary key,
        reviewer_id text not null references reviewers(id),
        case_id text not null references cases(id),
        case_number text not null,
        determination_version integer not null,
        package_sha256 text not null unique,
        body_sha256 text not null,
        certificate_sha256 text not null,
        manifest_json text not null,
        manifest_sig text not null,
        letter_pdf blob,
        determination_json blob,
        letter_sha256 text,
        determination_sha256 text,
        certificate_pem text not null,
        received_at text not null,
        unique (case_id, determination_version),
        check (letter_pdf is not null or letter_sha256 is not null),
        check (determination_json is not null or determination_sha256 is not null)
      )
    `.execute(db);
    await sql`
      insert into packages_next (
        receipt_id, reviewer_id, case_id, case_number, determination_version, package_sha256, body_sha256,
        certificate_sha256, manifest_json, manifest_sig, letter_pdf, determination_json, certificate_pem, received_at
      )
      select
        receipt_id, reviewer_id, case_id, case_number, determination_version, package_sha256, body_sha256,
        certificate_sha256, manifest_json, manifest_sig, letter_pdf, determination_json, certificate_pem, received_at
      from packages
    `.execute(db);
    await sql`drop table packages`.execute(db);
    await sql`alter table packages_next rename to packages`.execute(db);
  },
};
