import type { Db } from '../openDatabase';

export interface SyncStateRow {
  cursor: string | null;
  lastSuccessAt: string | null;
  lastError: { code: string; message: string; at: string } | null;
}

interface Row {
  cursor: string | null;
  last_success_at: string | null;
  last_error_code: string | null;
  last_error_message: string | null;
  last_error_at: string | null;
}

export function readSyncState(db: Db): SyncStateRow {
  const row = db.prepare('select * from sync_state where id = 1').get() as Row | undefined;
  const error =
    row?.last_error_code && row.last_error_message && row.last_error_at
      ? { code: row.last_error_code, message: row.last_error_message, at: row.last_error_at }
      : null;
  return { cursor: row?.cursor ?? null, lastSuccessAt: row?.last_success_at ?? null, lastError: error };
}

/** Call only in the transaction that applied the page the cursor came with. */
export function saveSyncCursor(db: Db, cursor: string | null): void {
  db.prepare('update sync_state set cursor = ? where id = 1').run(cursor);
}

export function recordSyncSuccess(db: Db, at: string): void {
  db.prepare(
    `
    update sync_state
    set
      last_success_at = ?,
      last_error_code = null,
      last_error_message = null,
      last_error_at = null
    where
      id = 1
  `,
  ).run(at);
}

export function recordSyncError(db: Db, code: string, message: string, at: string): void {
  db.prepare('update sync_state set last_error_code = ?, last_error_message = ?, last_error_at = ? where id = 1').run(
    code,
    message,
    at,
  );
}

export function clearSyncError(db: Db): void {
  db.prepare(
    'update sync_state set last_error_code = null, last_error_message = null, last_error_at = null where id = 1',
  ).run();
}
