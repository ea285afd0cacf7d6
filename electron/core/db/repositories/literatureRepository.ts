import type { Db } from '../openDatabase';

export interface LiteratureRow {
  id: string;
  authors: string;
  title: string;
  journal: string;
  year: number;
  pmid: string | null;
  doi: string | null;
  created_at: string;
}

export function insertLiterature(db: Db, row: LiteratureRow): void {
  db.prepare(
    `
    insert into
      local_literature (id, authors, title, journal, year, pmid, doi, created_at)
    values
      (@id, @authors, @title, @journal, @year, @pmid, @doi, @created_at)
  `,
  ).run(row);
}

export function listLiterature(db: Db): LiteratureRow[] {
  return db.prepare('select * from local_literature order by created_at, id').all() as LiteratureRow[];
}

/** The article already stored under the same PubMed id or DOI, if any. */
export function findLiteratureByIdentifier(db: Db, pmid: string | null, doi: string | null): LiteratureRow | null {
  const row = db
    .prepare(
      `
    select
      *
    from
      local_literature
    where
      (
        pmid is not null
        and pmid = ?
      )
      or (
        doi is not null
        and lower(doi) = lower(?)
      )
    limit
      1
  `,
    )
    .get(pmid, doi) as LiteratureRow | undefined;
  return row ?? null;
}

export function deleteLiterature(db: Db, id: string): boolean {
  return db.prepare('delete from local_literature where id = ?').run(id).changes > 0;
}
