import type { Db } from '../openDatabase';

export interface PendingUpload {
  id: number;
  caseId: string;
  packageDir: string;
  idempotencyKey: string;
}

export interface UploadedReceipt {
  caseId: string;
  caseNumber: string;
  receiptJson: string;
}

/** Signed packages not yet uploaded, oldest first (refused ones too: the refusal may be fixed on the server's side since). */
export function listPendingUploads(db: Db): PendingUpload[] {
  return db
    .prepare(
      `
    select
      id,
      case_id as caseId,
      package_dir as packageDir,
      idempotency_key as idempotencyKey
    from
      sync_outbox
    where
      uploaded_at is null
    order by
      id
  `,
    )
    .all() as PendingUpload[];
}

export function countPendingUploads(db: Db): number {
  return (db.prepare('select count(*) as n from sync_outbox where uploaded_at is null').get() as { n: number }).n;
}

/** Stores each receipt on its row; a case whose every package is now uploaded goes from 'signed' to 'uploaded'. */
export function markOutboxUploaded(
  db: Db,
  receipts: readonly { id: number; caseId: string; receiptJson: string }[],
  at: string,
): void {
  const mark = db.prepare(
    'update sync_outbox set uploaded_at = ?, receipt_json = ? where id = ? and uploaded_at is null',
  );
  const promote = db.prepare(
    `
    update cases
    set
      status = ?,
      updated_at = ?
    where
      id = ?
      and status = ?
      and not exists (
        select
          1
        from
          sync_outbox o
        where
          o.case_id = cases.id
          and o.uploaded_at is null
      )
  `,
  );
  for (const r of receipts) mark.run(at, r.receiptJson, r.id);
  for (const r of receipts) promote.run('uploaded', at, r.caseId, 'signed');
}

export function findOutboxReceipt(db: Db, id: number): string | null {
  const row = db.prepare('select receipt_json from sync_outbox where id = ?').get(id) as
    { receipt_json: string | null } | undefined;
  return row?.receipt_json ?? null;
}

export function listRecentReceipts(db: Db, limit: number): UploadedReceipt[] {
  return db
    .prepare(
      `
    select
      o.case_id as caseId,
      c.case_number as caseNumber,
      o.receipt_json as receiptJson
    from
      sync_outbox o
      join cases c on c.id = o.case_id
    where
      o.uploaded_at is not null
      and o.receipt_json is not null
    order by
      o.uploaded_at desc,
      o.id desc
    limit
      ?
  `,
    )
    .all(limit) as UploadedReceipt[];
}
