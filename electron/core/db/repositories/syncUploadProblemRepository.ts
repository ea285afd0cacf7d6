import type { Db } from '../openDatabase';

export interface UploadProblemRow {
  outboxId: number;
  caseNumber: string;
  code: string;
  message: string;
  failedAt: string;
}

/** An upload the server refused (the reason is shown); the package stays queued and is offered again at the next sync. */
export function parkUpload(db: Db, outboxId: number, code: string, message: string, at: string): void {
  db.prepare(
    `
    insert into
      sync_upload_problems (outbox_id, code, message, failed_at)
    values
      (?, ?, ?, ?)
    on conflict (outbox_id) do update
    set
      code = excluded.code,
      message = excluded.message,
      failed_at = excluded.failed_at
  `,
  ).run(outboxId, code, message, at);
}

export function clearUploadProblems(db: Db, outboxIds: readonly number[]): void {
  const clear = db.prepare('delete from sync_upload_problems where outbox_id = ?');
  for (const id of outboxIds) clear.run(id);
}

export function listUploadProblems(db: Db): UploadProblemRow[] {
  return db
    .prepare(
      `
    select
      p.outbox_id as outboxId,
      c.case_number as caseNumber,
      p.code,
      p.message,
      p.failed_at as failedAt
    from
      sync_upload_problems p
      join sync_outbox o on o.id = p.outbox_id
      join cases c on c.id = o.case_id
    where
      o.uploaded_at is null
    order by
      p.failed_at
  `,
    )
    .all() as UploadProblemRow[];
}
