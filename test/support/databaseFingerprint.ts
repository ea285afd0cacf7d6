import { createHash } from 'node:crypto';
import type { Db } from '../../electron/core/db/openDatabase';

/** sha256 over every row of every table (shadow tables included), so any write shows up. */
export function databaseFingerprint(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    hash.update(`\u0000table ${name}\u0000`);
    const quoted = `"${name.replaceAll('"', '""')}"`;
    for (const row of db.prepare(`select * from ${quoted} order by 1`).iterate() as IterableIterator<
      Record<string, unknown>
    >) {
      hash.update(
        JSON.stringify(row, (_k, v: unknown) =>
          Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? v.toString() : v,
        ),
      );
    }
  }
  return hash.digest('hex');
}
