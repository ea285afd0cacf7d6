import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/ipc';
import { writeFileAtomic } from '../files';
import {
  chunkSpan,
  decryptChunk,
  encryptRecord,
  encryptedSize,
  HEADER_BYTES,
  parseHeader,
  TAG_BYTES,
  type RecordHeader,
} from './encryptedRecordFormat';
import type { RecordKey } from './recordKey';

export interface StoredBlob {
  sha256: string;
  /** Path relative to the store root; stored in the database. */
  location: string;
  /** Plaintext size in bytes. */
  size: number;
}

export interface ContentStore {
  readonly root: string;
  put(bytes: Uint8Array): StoredBlob;
  has(sha256: string): boolean;
  /** Plaintext size of the stored file. */
  size(location: string): number;
  /** Plaintext bytes start..endInclusive; only the chunks covering that range are read and decrypted. */
  read(location: string, start?: number, endInclusive?: number): Buffer;
}

export const locationOf = (sha: string) => join(sha.slice(0, 2), sha);

/** The identity a record file is bound to: its SHA-256, the name it is stored under. */
export const recordIdentityOf = (location: string): Buffer => Buffer.from(basename(location), 'hex');

/**
 * Record files, content-addressed by the sha256 of their plaintext and encrypted at rest in 64 KiB
 * AES-256-GCM chunks bound to that sha256 (IMRREC02): a file copied over another record's name does not decrypt there.
 * keys[0] encrypts new files; the others still decrypt files written before a rekey. Unbound files from before are
 * upgraded when the workspace opens (reencryptRecordFiles) and refused here.
 */
export function createContentStore(root: string, keys: readonly RecordKey[]): ContentStore {
  const [writeKey] = keys;
  if (!writeKey) throw new Error('The record store needs a key');
  const absolute = (location: string) => {
    if (!/^[0-9a-f]{2}[\\/][0-9a-f]{64}$/.test(location))
      throw new AppError('NOT_FOUND', 'That record file location is not valid.');
    return join(root, location);
  };
  const withFile = <T>(location: string, use: (fd: number, header: RecordHeader, key: RecordKey) => T): T => {
    const fd = openFile(absolute(location));
    try {
      const header = parseHeader(readExactly(fd, 0, HEADER_BYTES));
      if (!header.bound)
        throw new AppError(
          'BAD_FILE',
          'A record file in the local store is not bound to its place (an older format copied in from outside). Sync again to download a fresh copy.',
        );
      if (fstatSync(fd).size !== encryptedSize(header))
        throw new AppError(
          'BAD_FILE',
          'A record file in the local store is incomplete. Sync again to download a fresh copy.',
        );
      const key = keys.find((k) => k.id.equals(header.keyId));
      if (!key)
        throw new AppError(
          'DB_KEY_INVALID',
          'A record file was encrypted with a key this workspace no longer has; it cannot be read.',
        );
      return use(fd, header, key);
    } finally {
      closeSync(fd);
    }
  };
  return {
    root,
    put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const location = locationOf(sha256);
      const path = join(root, location);
      if (!existsSync(path)) writeFileAtomic(path, encryptRecord(bytes, writeKey, recordIdentityOf(location)));
      return { sha256, location, size: bytes.byteLength };
    },
    has: (sha256) => /^[0-9a-f]{64}$/.test(sha256) && existsSync(join(root, locationOf(sha256))),
    size: (location) => withFile(location, (_fd, header) => header.plainSize),
    read(location, start = 0, endInclusive) {
      return withFile(location, (fd, header, key) => {
        const total = header.plainSize;
        const end = Math.min(endInclusive ?? total - 1, total - 1);
        if (start > end || start < 0) return Buffer.alloc(0);
        const first = Math.floor(start / header.chunkBytes);
        const last = Math.floor(end / header.chunkBytes);
        const parts: Buffer[] = [];
        for (let i = first; i <= last; i++) {
          const span = chunkSpan(header, i);
          parts.push(
            decryptChunk(
              header,
              key,
              i,
              readExactly(fd, span.offset, span.length + TAG_BYTES),
              recordIdentityOf(location),
            ),
          );
        }
        const offset = start - first * header.chunkBytes;
        return Buffer.concat(parts).subarray(offset, offset + end - start + 1);
      });
    },
  };
}

function readExactly(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let offset = 0;
  while (offset < length) {
    const n = readSync(fd, buffer, offset, length - offset, position + offset);
    if (n === 0) break;
    offset += n;
  }
  return buffer.subarray(0, offset);
}

function openFile(path: string): number {
  try {
    return openSync(path, 'r');
  } catch {
    throw new AppError('NOT_FOUND', 'The record file is missing from the local store. Sync again to download it.');
  }
}
