import type { Db } from '../openDatabase';

export interface ViewingCopy {
  /** The original record file's sha256. */
  sha256: string;
  viewSha256: string;
  viewLocation: string;
  pageCount: number;
  madeAt: string;
}

export function insertViewingCopy(db: Db, copy: ViewingCopy): void {
  db.prepare(
    'insert into record_viewing_copies (sha256, view_sha256, view_location, page_count, made_at) values (@sha256, @viewSha256, @viewLocation, @pageCount, @madeAt) on conflict (sha256) do nothing',
  ).run(copy);
}

export function findViewingCopy(db: Db, sha256: string): ViewingCopy | null {
  const row = db
    .prepare('select sha256, view_sha256 as viewSha256, view_location as viewLocation, page_count as pageCount, made_at as madeAt from record_viewing_copies where sha256 = ?')
    .get(sha256) as ViewingCopy | undefined;
  return row ?? null;
}
