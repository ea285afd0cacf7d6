import type { ServerDb } from '../db';
import { listRecordShas, listStoredPackageFileShas } from '../repositories';
import { BlobUnreadableError, readBlob, type BlobStorage } from '../storage';

export interface StorageVerification {
  checked: number;
  damaged: string[];
  /** Files the database refers to (records, package files) that the storage does not have. */
  missing: string[];
}

/** Reads every stored file back through its chunk hashes and whole-file hash, and checks nothing referenced is missing. */
export async function verifyStorage(db: ServerDb, storage: BlobStorage): Promise<StorageVerification> {
  const report: StorageVerification = { checked: 0, damaged: [], missing: [] };
  let after: string | null = null;
  for (;;) {
    const page = await storage.list(after, 200);
    for (const sha256 of page) {
      after = sha256;
      report.checked += 1;
      try {
        await readBlob(storage, sha256);
      } catch (error) {
        if (!(error instanceof BlobUnreadableError)) throw error;
        report.damaged.push(sha256);
      }
    }
    if (page.length < 200) break;
  }
  const referenced = new Set([...(await listRecordShas(db.query)), ...(await listStoredPackageFileShas(db.query))]);
  for (const sha256 of referenced) if (!(await storage.stat(sha256))) report.missing.push(sha256);
  return report;
}
