import { requireCase } from '../cases';
import type { Workspace } from '../workspace';
import type { RecordJobs } from './createRecordJobs';
import type { UploadStaging } from './createUploadStaging';

/** Starts importing the uploaded files into a case; the job reads and commits them one at a time. */
export function startImport(
  ws: Workspace,
  jobs: RecordJobs,
  uploads: UploadStaging,
  caseId: string,
  uploadIds: readonly string[],
): string {
  requireCase(ws.db, caseId);
  return jobs.startImport(
    caseId,
    uploadIds.map((id) => uploads.take(id)),
  );
}
