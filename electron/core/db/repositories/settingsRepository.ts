import type { Db } from '../openDatabase';

export function readSetting(db: Db, key: string): unknown {
  const row = db.prepare('select value_json from settings where key = ?').get(key) as
    { value_json: string } | undefined;
  return row ? (JSON.parse(row.value_json) as unknown) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare(
    `
    insert into
      settings (key, value_json)
    values
      (?, ?)
    on conflict (key) do update
    set
      value_json = excluded.value_json
  `,
  ).run(key, JSON.stringify(value));
}
