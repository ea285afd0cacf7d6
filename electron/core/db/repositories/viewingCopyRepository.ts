import type { Db } from '../openDatabase';

export interface ViewingCopy {
  /** The original record file's sha256. */
  sha256: string;
  /** The incremental update appended to the original when the viewer reads it, stored as its own file. */
  updateSha256: string;
  updateLocation: string;
  pageCount: number;
  madeAt: string;
}

export function insertViewingCopy(db: Db, copy: ViewingCopy): void {
  db.prepare(
    `
    insert into
      record_viewing_copies (sha256, update_sha256, update_location, page_count, made_at)
    values
      (@sha256, @updateSha256, @updateLocation, @pageCount, @madeAt)
    on conflict (sha256) do nothing
  `,
  ).run(copy);
}

export function findViewingCopy(db: Db, sha256: string): ViewingCopy | null {
  const row = db
    .prepare(
      `
    select
      sha256,
      update_sha256 as updateSha256,
      update_location as updateLocation,
      page_count as pageCount,
      made_at as madeAt
    from
      record_viewing_copies
    where
      sha256 = ?
  `,
    )
    .get(sha256) as ViewingCopy | undefined;
  return row ?? null;
}
