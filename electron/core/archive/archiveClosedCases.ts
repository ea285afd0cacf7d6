import { statSync } from 'node:fs';
import type { ArchiveOutcome } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import type { Db } from '../db';
import type { Workspace } from '../workspace';
import { readArchivePolicy } from './archivePolicy';
import { archiveCutoff, findArchivableCases } from './findArchivableCases';
import { reclaimFreePages } from './reclaimFreePages';

/**
 * archive.run: takes closed cases past the retention time out of the inbox in one transaction, with one audit event.
 * Their signed determinations, packages, drafts and record files stay as they are (packages stay verifiable); their
 * record text is dropped when the policy says so (re-index a case to search it again), and the freed pages are
 * returned to the file system.
 */
export function archiveClosedCases(ws: Workspace): ArchiveOutcome {
  const { db } = ws;
  const fileBytesBefore = fileBytes(ws);
  const policy = readArchivePolicy(db);
  const now = ws.clock.now();
  const cutoff = archiveCutoff(now, policy.retentionDays);
  const { archived, pagesDropped } = db.transaction(() => {
    const ids = findArchivableCases(db, cutoff);
    if (ids.length === 0) return { archived: 0, pagesDropped: 0 };
    db.exec('create temp table if not exists archiving (id text primary key)');
    db.exec('delete from temp.archiving');
    const add = db.prepare('insert into temp.archiving (id) values (?)');
    for (const id of ids) add.run(id);
    db.prepare('update cases set archived_at = ? where id in (select id from temp.archiving)').run(now.toISOString());
    const dropped = policy.keepRecordText ? 0 : dropRecordText(db);
    recordAuditEvent(ws, {
      action: 'cases.archived',
      caseId: null,
      details: { count: ids.length, cutoff, recordTextDropped: !policy.keepRecordText, pagesDropped: dropped },
    });
    db.exec('delete from temp.archiving');
    return { archived: ids.length, pagesDropped: dropped };
  })();
  if (pagesDropped > 0) reclaimFreePages(db);
  ws.log.info('Archived closed cases', { archived, pagesDropped, retentionDays: policy.retentionDays });
  return { archived, pagesDropped, fileBytesBefore, fileBytesAfter: fileBytes(ws) };
}

/** The page text of the archived cases' records, and their index state, so nothing re-indexes them on its own. */
function dropRecordText(db: Db): number {
  const documents = 'select d.id from documents d join temp.archiving a on a.id = d.case_id';
  const { changes } = db.prepare(`delete from record_pages where document_id in (${documents})`).run();
  db.prepare(`delete from record_index where document_id in (${documents})`).run();
  return changes;
}

function fileBytes(ws: Workspace): number {
  const file = ws.db.name;
  const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  return size(file) + size(`${file}-wal`);
}
