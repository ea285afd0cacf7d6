import type { ServerDb } from '../db';

export interface RecordRow {
  sha256: string;
  sizeBytes: number;
  mimeType: string;
  storedAt: string;
}

export function upsertRecord(db: ServerDb, record: RecordRow): void {
  db.prepare(
    `
    insert into
      records (sha256, size_bytes, mime_type, stored_at)
    values
      (?, ?, ?, ?)
    on conflict (sha256) do nothing
  `,
  ).run(record.sha256, record.sizeBytes, record.mimeType, record.storedAt);
}

export function findRecord(db: ServerDb, sha256: string): RecordRow | null {
  const row = db
    .prepare(
      `
    select
      sha256,
      size_bytes as sizeBytes,
      mime_type as mimeType,
      stored_at as storedAt
    from
      records
    where
      sha256 = ?
  `,
    )
    .get(sha256) as RecordRow | undefined;
  return row ?? null;
}

/** True when a case currently assigned to this reviewer lists the record. */
export function isRecordAssignedTo(db: ServerDb, sha256: string, reviewerId: string): boolean {
  const row = db
    .prepare(
      `
    select
      1 as ok
    from
      case_records cr
      join cases c on c.id = cr.case_id
    where
      cr.sha256 = ?
      and c.reviewer_id = ?
      and c.state = ?
    limit
      1
  `,
    )
    .get(sha256, reviewerId, 'assigned');
  return row !== undefined;
}

export function replaceCaseRecords(db: ServerDb, caseId: string, sha256s: readonly string[]): void {
  db.prepare('delete from case_records where case_id = ?').run(caseId);
  const insert = db.prepare('insert or ignore into case_records (case_id, sha256) values (?, ?)');
  for (const sha of sha256s) insert.run(caseId, sha);
}
