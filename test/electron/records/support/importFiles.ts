import type { ImportStatus } from '../../../../shared/ipc/contracts/recordsContract';
import type { TestWorkspace } from '../../../support/createTestWorkspace';

export interface FileToImport {
  name: string;
  bytes: Uint8Array;
}

/** Uploads files through the real contract methods (base64 chunks) and starts the import job. */
export async function startImport(t: TestWorkspace, caseId: string, files: readonly FileToImport[]): Promise<string> {
  const uploadIds: string[] = [];
  for (const file of files) {
    const { uploadId, accepted, chunkBytes } = await t.call('records.beginUpload', {
      name: file.name,
      size: file.bytes.byteLength,
    });
    uploadIds.push(uploadId);
    if (!accepted) continue;
    for (let offset = 0; offset < file.bytes.byteLength; offset += chunkBytes) {
      const chunk = Buffer.from(file.bytes.subarray(offset, offset + chunkBytes)).toString('base64');
      await t.call('records.uploadChunk', { uploadId, offset, base64: chunk });
    }
  }
  return (await t.call('records.import', { caseId, uploadIds })).jobId;
}

export async function waitForJob(t: TestWorkspace, jobId: string, timeoutMs = 60_000): Promise<ImportStatus> {
  const started = Date.now();
  for (;;) {
    const status = await t.call('records.importStatus', { jobId });
    if (status.state !== 'running') return status;
    if (Date.now() - started > timeoutMs) throw new Error(`Job ${jobId} still running after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function importFiles(
  t: TestWorkspace,
  caseId: string,
  files: readonly FileToImport[],
): Promise<ImportStatus> {
  return waitForJob(t, await startImport(t, caseId, files));
}
