import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../electron/core/files/writeFileAtomic';

export interface StoredRecordFile {
  sha256: string;
  sizeBytes: number;
}

export interface RecordStore {
  dir: string;
  /** Stores bytes under their SHA-256 (once; a second put of the same bytes is free). */
  put(bytes: Buffer): StoredRecordFile;
  pathOf(sha256: string): string;
  has(sha256: string): boolean;
}

/** Content-addressed record files: <dir>/<first two hex digits>/<sha256>. */
export function createRecordStore(dir: string): RecordStore {
  mkdirSync(dir, { recursive: true });
  const pathOf = (sha256: string): string => join(dir, sha256.slice(0, 2), sha256);
  return {
    dir,
    pathOf,
    has: (sha256) => existsSync(pathOf(sha256)),
    put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      if (!existsSync(target)) writeFileAtomic(target, bytes, 0o666);
      return { sha256, sizeBytes: bytes.length };
    },
  };
}
