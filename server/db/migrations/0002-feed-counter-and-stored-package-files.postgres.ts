import { sql } from 'kysely';
import type { ServerMigration } from './serverMigration';

/** The twin of the .sqlite.ts file: sequences from meta feed_seq, package files in record storage. */
export const postgresMigration0002: ServerMigration = {
  version: 2,
  name: 'feed-counter-and-stored-package-files',
  async up(db) {
    // The identity's last value counts a change compaction deleted since; max(seq) alone would hand its number out again.
    await sql`
      insert into meta (key, value)
      select
        'feed_seq',
        greatest(
          coalesce((select max(seq) from changes), 0),
          (select cast(value as bigint) from meta where key = 'feed_floor'),
          coalesce(
            (select last_value from pg_sequences where schemaname = current_schema() and sequencename = 'changes_seq_seq'),
            0
          )
        )::text
    `.execute(db);
    await sql`alter table changes alter column seq drop identity`.execute(db);
    await sql`
      alter table packages
        alter column letter_pdf drop not null,
        alter column determination_json drop not null,
        add column letter_sha256 text,
        add column determination_sha256 text,
        add check (letter_pdf is not null or letter_sha256 is not null),
        add check (determination_json is not null or determination_sha256 is not null)
    `.execute(db);
  },
};
