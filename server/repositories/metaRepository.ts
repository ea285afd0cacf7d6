import type { ServerDb } from '../db';

export type MetaKey = 'feed_epoch' | 'feed_floor';

export function getMeta(db: ServerDb, key: MetaKey): string {
  const row = db.prepare('select value from meta where key = ?').get(key) as { value: string } | undefined;
  if (!row) throw new Error(`The server database has no ${key}; it was not created by this server.`);
  return row.value;
}

export function setMeta(db: ServerDb, key: MetaKey, value: string): void {
  db.prepare('insert into meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value').run(
    key,
    value,
  );
}
