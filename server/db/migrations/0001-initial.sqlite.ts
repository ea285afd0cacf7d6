import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { ServerMigration } from './serverMigration';

/** The schema the first server release created on SQLite (PostgreSQL's twin: 0001-initial.postgres.ts). */
export const sqliteMigration0001: ServerMigration = {
  version: 1,
  name: 'initial',
  async up(db) {
    for (const statement of INITIAL_SQLITE_SCHEMA) await sql.raw(statement).execute(db);
    // A fresh epoch makes every cursor issued by an earlier (lost or replaced) database unknown.
    await sql`insert into meta (key, value) values ('feed_epoch', ${randomBytes(6).toString('base64url')}), ('feed_floor', '0')`.execute(
      db,
    );
  },
};

const INITIAL_SQLITE_SCHEMA = [
  `create table meta (
    key text primary key,
    value text not null
  )`,
  `create table reviewers (
    id text primary key,
    display_name text not null default '',
    created_at text not null
  )`,
  `create table tokens (
    token_sha256 text primary key,
    reviewer_id text not null references reviewers(id) on delete cascade,
    created_at text not null,
    expires_at text,
    revoked_at text
  )`,
  `create index tokens_reviewer on tokens(reviewer_id)`,
  `create table certificates (
    sha256 text primary key,
    reviewer_id text not null references reviewers(id) on delete cascade,
    pem text not null,
    subject text not null,
    not_after text not null,
    registered_at text not null
  )`,
  `create index certificates_reviewer on certificates(reviewer_id)`,
  `create table records (
    sha256 text primary key,
    size_bytes integer not null,
    mime_type text not null,
    stored_at text not null
  )`,
  `create table cases (
    id text primary key,
    case_number text not null unique,
    reviewer_id text references reviewers(id),
    state text not null check (state in ('assigned', 'withdrawn')),
    detail_json text not null,
    updated_at text not null
  )`,
  `create index cases_reviewer on cases(reviewer_id, state)`,
  `create table case_records (
    case_id text not null references cases(id) on delete cascade,
    sha256 text not null references records(sha256),
    primary key (case_id, sha256)
  )`,
  `create index case_records_sha on case_records(sha256)`,
  `create table changes (
    seq integer primary key autoincrement,
    reviewer_id text not null references reviewers(id),
    case_id text not null references cases(id),
    kind text not null check (kind in ('assigned', 'withdrawn', 'reassigned')),
    payload_json text not null,
    created_at text not null
  )`,
  `create index changes_reviewer_seq on changes(reviewer_id, seq)`,
  `create table packages (
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
    letter_pdf blob not null,
    determination_json blob not null,
    certificate_pem text not null,
    received_at text not null,
    unique (case_id, determination_version)
  )`,
  `create table idempotency_keys (
    reviewer_id text not null references reviewers(id),
    key text not null,
    body_sha256 text not null,
    receipt_id text not null references packages(receipt_id),
    created_at text not null,
    primary key (reviewer_id, key)
  )`,
];
