import type { LocalWork } from '../../../../shared/ipc';
import type { Db } from '../openDatabase';

/**
 * Local cases holding the reviewer's own work, read from what the app recorded: signed packages still in the outbox,
 * determination edits and record imports in the audit trail. The demo generator writes none of these.
 */
export function listLocalWork(db: Db): LocalWork[] {
  const rows = db
    .prepare(
      `
    select
      c.id as caseId,
      c.case_number as caseNumber,
      (
        select
          count(*)
        from
          sync_outbox o
        where
          o.case_id = c.id
          and o.uploaded_at is null
      ) as signedNotUploaded,
      exists (
        select
          1
        from
          audit_events a
        where
          a.case_id = c.id
          and a.action = 'determination.edited'
      ) as editedDraft,
      (
        select
          count(*)
        from
          audit_events a
        where
          a.case_id = c.id
          and a.action = 'document.imported'
      ) as importedDocuments
    from
      cases c
    order by
      c.case_number
  `,
    )
    .all() as {
    caseId: string;
    caseNumber: string;
    signedNotUploaded: number;
    editedDraft: number;
    importedDocuments: number;
  }[];
  return rows
    .map((r) => ({ ...r, editedDraft: r.editedDraft === 1 }))
    .filter((r) => r.signedNotUploaded > 0 || r.editedDraft || r.importedDocuments > 0);
}
