import type { Db } from '../openDatabase';

export function recordPick(db: Db, catalogId: string, at: string): void {
  db.prepare(
    `
    insert into
      catalog_recent_picks (catalog_id, picked_at, seq)
    values
      (
        ?,
        ?,
        (
          select
            coalesce(max(seq), 0) + 1
          from
            catalog_recent_picks
        )
      )
    on conflict (catalog_id) do update
    set
      picked_at = excluded.picked_at,
      seq = excluded.seq
  `,
  ).run(catalogId, at);
}

/** Most recent first. */
export function listRecentPickIds(db: Db, limit: number): string[] {
  return (
    db.prepare('select catalog_id from catalog_recent_picks order by seq desc limit ?').all(limit) as {
      catalog_id: string;
    }[]
  ).map((r) => r.catalog_id);
}

export function pruneRecentPicks(db: Db, keep: number): void {
  db.prepare(
    `
    delete from catalog_recent_picks
    where
      catalog_id not in (
        select
          catalog_id
        from
          catalog_recent_picks
        order by
          seq desc
        limit
          ?
      )
  `,
  ).run(keep);
}
