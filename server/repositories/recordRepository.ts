import type { Queryable } from '../db';

export interface RecordRow {
  sha256: string;
  sizeBytes: number;
  mimeType: string;
  storedAt: string;
}

export async function upsertRecord(q: Queryable, record: RecordRow): Promise<void> {
  await q
    .insertInto('records')
    .values({
      sha256: record.sha256,
      size_bytes: record.sizeBytes,
      mime_type: record.mimeType,
      stored_at: record.storedAt,
    })
    .onConflict((c) => c.column('sha256').doNothing())
    .execute();
}

export async function findRecord(q: Queryable, sha256: string): Promise<RecordRow | null> {
  const row = await q
    .selectFrom('records')
    .select(['sha256', 'size_bytes as sizeBytes', 'mime_type as mimeType', 'stored_at as storedAt'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row ?? null;
}

/** True when a case currently assigned to this reviewer lists the record. */
export async function isRecordAssignedTo(q: Queryable, sha256: string, reviewerId: string): Promise<boolean> {
  const row = await q
    .selectFrom('case_records as cr')
    .innerJoin('cases as c', 'c.id', 'cr.case_id')
    .select('cr.sha256')
    .where('cr.sha256', '=', sha256)
    .where('c.reviewer_id', '=', reviewerId)
    .where('c.state', '=', 'assigned')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function replaceCaseRecords(q: Queryable, caseId: string, sha256s: readonly string[]): Promise<void> {
  await q.deleteFrom('case_records').where('case_id', '=', caseId).execute();
  const unique = [...new Set(sha256s)];
  if (unique.length === 0) return;
  await q
    .insertInto('case_records')
    .values(unique.map((sha256) => ({ case_id: caseId, sha256 })))
    .execute();
}

export async function listRecordShas(q: Queryable): Promise<string[]> {
  return (await q.selectFrom('records').select('sha256').orderBy('sha256').execute()).map((row) => row.sha256);
}
