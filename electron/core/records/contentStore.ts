import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/ipc/appError';

export interface StoredBlob {
  sha256: string;
  /** Path relative to the store root; stored in the database. */
  location: string;
  size: number;
}

export interface ContentStore {
  readonly root: string;
  put(bytes: Uint8Array): StoredBlob;
  has(sha256: string): boolean;
  size(location: string): number;
  read(location: string, start?: number, endInclusive?: number): Buffer;
}

/** Record files, content-addressed by sha256 so the same file is never stored twice. */
export function createContentStore(root: string): ContentStore {
  const locationOf = (sha: string) => join(sha.slice(0, 2), sha);
  const absolute = (location: string) => {
    if (!/^[0-9a-f]{2}[\\/][0-9a-f]{64}$/.test(location)) throw new AppError('NOT_FOUND', 'That record file location is not valid.');
    return join(root, location);
  };
  return {
    root,
    put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const location = locationOf(sha256);
      const path = join(root, location);
      if (!existsSync(path)) {
        mkdirSync(dirname(path), { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, bytes, { mode: 0o600 });
        const fd = openSync(tmp, 'r');
        fsyncSync(fd);
        closeSync(fd);
        renameSync(tmp, path);
      }
      return { sha256, location, size: bytes.byteLength };
    },
    has: (sha256) => existsSync(join(root, locationOf(sha256))),
    size(location) {
      const fd = openFile(absolute(location));
      try {
        return fstatSync(fd).size;
      } finally {
        closeSync(fd);
      }
    },
    read(location, start = 0, endInclusive) {
      const fd = openFile(absolute(location));
      try {
        const total = fstatSync(fd).size;
        const end = Math.min(endInclusive ?? total - 1, total - 1);
        const length = Math.max(0, end - start + 1);
        const buffer = Buffer.alloc(length);
        let offset = 0;
        while (offset < length) {
          const n = readSync(fd, buffer, offset, length - offset, start + offset);
          if (n === 0) break;
          offset += n;
        }
        return buffer.subarray(0, offset);
      } finally {
        closeSync(fd);
      }
    },
  };
}

function openFile(path: string): number {
  try {
    return openSync(path, 'r');
  } catch {
    throw new AppError('NOT_FOUND', 'The record file is missing from the local store. Sync again to download it.');
  }
}
