import type { ServerDb } from '../db';
import { findPackageContent, listInlinePackageIds, moveInlinePackageFiles } from '../repositories';
import { BlobUnreadableError, type BlobStorage } from './blobStorage';
import { readBlob } from './readBlob';

export interface StorageMigrationReport {
  /** Blobs copied to the target and verified there. */
  copied: number;
  /** Blobs the target already held (a resumed run), verified there. */
  alreadyThere: number;
  /** Blobs deleted from the source after their copy was verified. */
  deleted: number;
  /** Packages from before record storage whose inline files moved to the target. */
  inlinePackages: number;
  /** Source blobs that could not be read (damaged or vanished): left where they are, listed by SHA-256. */
  unreadable: string[];
}

export interface StorageMigrationOptions {
  deleteSource: boolean;
  /** Called after each blob, e.g. to print progress. */
  onProgress?: (sha256: string, report: StorageMigrationReport) => void;
  pageSize?: number;
}

/**
 * Moves every blob from one driver to another while servers keep running (their reads fall back to the source
 * until a blob has moved). Each copy is read back from the target and checked against its SHA-256 before the source
 * copy is deleted, so stopping at any point loses nothing and running it again continues where it stopped.
 */
export async function migrateStorage(
  db: ServerDb,
  from: BlobStorage,
  to: BlobStorage,
  options: StorageMigrationOptions,
): Promise<StorageMigrationReport> {
  const report: StorageMigrationReport = { copied: 0, alreadyThere: 0, deleted: 0, inlinePackages: 0, unreadable: [] };
  const pageSize = options.pageSize ?? 200;
  let after: string | null = null;
  for (;;) {
    const page = await from.list(after, pageSize);
    for (const sha256 of page) {
      after = sha256;
      if (await to.stat(sha256)) {
        await verifyOn(to, sha256);
        report.alreadyThere += 1;
      } else {
        let bytes: Buffer;
        try {
          bytes = await readBlob(from, sha256);
        } catch (error) {
          if (!(error instanceof BlobUnreadableError)) throw error;
          report.unreadable.push(sha256);
          continue;
        }
        const stored = await to.put(bytes);
        if (stored.sha256 !== sha256) throw new Error(`The target stored ${sha256} as ${stored.sha256}.`);
        await verifyOn(to, sha256);
        report.copied += 1;
      }
      if (options.deleteSource) {
        await from.delete(sha256);
        report.deleted += 1;
      }
      options.onProgress?.(sha256, report);
    }
    if (page.length < pageSize) break;
  }
  report.inlinePackages = await moveInlinePackages(db, to);
  return report;
}

async function verifyOn(storage: BlobStorage, sha256: string): Promise<void> {
  // readBlob checks every chunk and the whole blob against its name.
  await readBlob(storage, sha256);
}

async function moveInlinePackages(db: ServerDb, to: BlobStorage): Promise<number> {
  let moved = 0;
  let after = '';
  for (;;) {
    const ids = await listInlinePackageIds(db.query, after, 50);
    if (ids.length === 0) return moved;
    for (const receiptId of ids) {
      after = receiptId;
      const content = await findPackageContent(db.query, receiptId);
      if (!content) continue;
      const letter = content.letterSha256 ?? (content.letterPdf ? (await to.put(content.letterPdf)).sha256 : null);
      const determination =
        content.determinationSha256 ??
        (content.determinationJson ? (await to.put(content.determinationJson)).sha256 : null);
      if (!letter || !determination) continue;
      await verifyOn(to, letter);
      await verifyOn(to, determination);
      await db.write((tx) => moveInlinePackageFiles(tx, receiptId, letter, determination));
      moved += 1;
    }
  }
}
