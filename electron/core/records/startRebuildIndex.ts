import { listDocumentIdsToIndex } from '../db';
import type { Workspace } from '../workspace';
import { requireCase } from '../cases';
import type { RecordJobs } from './createRecordJobs';
import { EXTRACTOR } from './commitImportedDocument';
import { requireDocument } from './requireDocument';

/** Re-reads stored record files into the index (one case or all; only the unindexed ones when asked). */
export function startRebuildIndex(
  ws: Workspace,
  jobs: RecordJobs,
  caseId: string | null,
  onlyMissing: boolean,
): string {
  if (caseId) requireCase(ws.db, caseId);
  const documents = listDocumentIdsToIndex(ws.db, caseId, onlyMissing, EXTRACTOR).map((id) =>
    requireDocument(ws.db, id),
  );
  return jobs.startReindex(documents, caseId);
}

/**
 * Records that sync brought are indexed (and long PDFs given a viewing copy) right away, not when first opened;
 * so are records indexed by an older extractor when the workspace opens after an upgrade.
 */
export function indexNewRecords(ws: Workspace, jobs: RecordJobs): void {
  if (!ws.db.open) return;
  const documents = listDocumentIdsToIndex(ws.db, null, true, EXTRACTOR).map((id) => requireDocument(ws.db, id));
  if (documents.length > 0) jobs.startReindex(documents, null);
}
