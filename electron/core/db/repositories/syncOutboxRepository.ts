import type { Db } from '../openDatabase';

export interface OutboxRow {
  id: number;
  caseId: string;
  packageDir: string;
  idempotencyKey: string;
  createdAt: string;
  uploadedAt: string | null;
  receiptJson: string | null;
}

const COLUMNS =
  'id, case_id as caseId, package_dir as packageDir, idempotency_key as idempotencyKey, created_at as createdAt, uploaded_at as uploadedAt, receipt_json as receiptJson';

export function insertOutboxRow(
  db: Db,
  row: Pick<OutboxRow, 'caseId' | 'packageDir' | 'idempotencyKey' | 'createdAt'>,
): number {
  const info = db
    .prepare(
      `
    insert into
      sync_outbox (case_id, package_dir, idempotency_key, created_at)
    values
      (@caseId, @packageDir, @idempotencyKey, @createdAt)
  `,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

export function listOutboxRows(db: Db, caseId: string): OutboxRow[] {
  return db.prepare(`select ${COLUMNS} from sync_outbox where case_id = ? order by id`).all(caseId) as OutboxRow[];
}
