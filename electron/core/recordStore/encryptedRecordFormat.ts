import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/ipc';
import type { RecordKey } from './recordKey';

/**
 * File layout: header | chunk 0 | chunk 1 | ...; each chunk is AES-256-GCM ciphertext followed by its 16-byte tag.
 * IMRREC02 files are bound to an identity (a record file's SHA-256): it is authenticated with every chunk, so a file
 * copied over another record's place does not decrypt there. IMRREC01 files carry no identity (signed packages, which
 * their signed manifest and the database's hashes bind instead, and record files from before, upgraded at open).
 */
export const RECORD_MAGIC = Buffer.from('IMRREC01', 'latin1');
export const BOUND_RECORD_MAGIC = Buffer.from('IMRREC02', 'latin1');
export const HEADER_BYTES = 40;
export const TAG_BYTES = 16;
export const DEFAULT_CHUNK_BYTES = 64 * 1024;

export interface RecordHeader {
  raw: Buffer;
  /** Whether the file is bound to an identity (IMRREC02). */
  bound: boolean;
  chunkBytes: number;
  plainSize: number;
  keyId: Buffer;
  noncePrefix: Buffer;
}

export function chunkCount(header: Pick<RecordHeader, 'chunkBytes' | 'plainSize'>): number {
  return Math.max(1, Math.ceil(header.plainSize / header.chunkBytes));
}

export function encryptedSize(header: Pick<RecordHeader, 'chunkBytes' | 'plainSize'>): number {
  return HEADER_BYTES + header.plainSize + chunkCount(header) * TAG_BYTES;
}

export function isEncryptedRecord(firstBytes: Buffer): boolean {
  if (firstBytes.length < RECORD_MAGIC.length) return false;
  const magic = firstBytes.subarray(0, RECORD_MAGIC.length);
  return magic.equals(RECORD_MAGIC) || magic.equals(BOUND_RECORD_MAGIC);
}

/** Whether a file is bound to its identity (IMRREC02), from its first bytes. */
export function isBoundRecord(firstBytes: Buffer): boolean {
  return firstBytes.subarray(0, BOUND_RECORD_MAGIC.length).equals(BOUND_RECORD_MAGIC);
}

const KEY_ID_START = 20;
/** How many leading bytes recordKeyIdOf needs. */
export const KEY_ID_END = 28;

/** The id of the key a file is sealed under, read from its first KEY_ID_END bytes; null for a clear file. */
export function recordKeyIdOf(firstBytes: Buffer): Buffer | null {
  return isEncryptedRecord(firstBytes) && firstBytes.length >= KEY_ID_END
    ? firstBytes.subarray(KEY_ID_START, KEY_ID_END)
    : null;
}

export function parseHeader(raw: Buffer): RecordHeader {
  if (raw.length < HEADER_BYTES || !isEncryptedRecord(raw)) throw damaged();
  const chunkBytes = raw.readUInt32BE(8);
  const plainSize = Number(raw.readBigUInt64BE(12));
  if (chunkBytes < 1024 || chunkBytes > 16 * 1024 * 1024 || !Number.isSafeInteger(plainSize)) throw damaged();
  return {
    raw: Buffer.from(raw.subarray(0, HEADER_BYTES)),
    bound: isBoundRecord(raw),
    chunkBytes,
    plainSize,
    keyId: raw.subarray(KEY_ID_START, KEY_ID_END),
    noncePrefix: raw.subarray(KEY_ID_END, KEY_ID_END + 8),
  };
}

function buildHeader(key: RecordKey, plainSize: number, chunkBytes: number, bound: boolean): RecordHeader {
  const raw = Buffer.alloc(HEADER_BYTES);
  (bound ? BOUND_RECORD_MAGIC : RECORD_MAGIC).copy(raw, 0);
  raw.writeUInt32BE(chunkBytes, 8);
  raw.writeBigUInt64BE(BigInt(plainSize), 12);
  key.id.copy(raw, KEY_ID_START);
  randomBytes(8).copy(raw, KEY_ID_END);
  return parseHeader(raw);
}

const nonce = (header: RecordHeader, index: number) => {
  const n = Buffer.alloc(12);
  header.noncePrefix.copy(n, 0);
  n.writeUInt32BE(index, 8);
  return n;
};
const aad = (header: RecordHeader, index: number, identity: Buffer) => {
  const a = Buffer.alloc(HEADER_BYTES + 4);
  header.raw.copy(a, 0);
  a.writeUInt32BE(index, HEADER_BYTES);
  return header.bound ? Buffer.concat([a, identity]) : a;
};

/**
 * The header (with the plaintext size) is authenticated with every chunk, so truncation or a swapped chunk fails; with
 * an identity (IMRREC02) that is authenticated too, so the file decrypts only where that identity is expected.
 */
export function encryptRecord(
  plain: Uint8Array,
  key: RecordKey,
  identity: Buffer | null = null,
  chunkBytes = DEFAULT_CHUNK_BYTES,
): Buffer {
  const header = buildHeader(key, plain.byteLength, chunkBytes, identity !== null);
  const bind = identity ?? Buffer.alloc(0);
  const out = Buffer.alloc(encryptedSize(header));
  header.raw.copy(out, 0);
  let at = HEADER_BYTES;
  for (let i = 0; i < chunkCount(header); i++) {
    const cipher = createCipheriv('aes-256-gcm', key.key, nonce(header, i)).setAAD(aad(header, i, bind));
    const body = Buffer.concat([cipher.update(plain.subarray(i * chunkBytes, (i + 1) * chunkBytes)), cipher.final()]);
    body.copy(out, at);
    at += body.length;
    cipher.getAuthTag().copy(out, at);
    at += TAG_BYTES;
  }
  return out;
}

/** Where chunk `index` starts in the file and how many ciphertext bytes it has (tag excluded). */
export function chunkSpan(header: RecordHeader, index: number): { offset: number; length: number } {
  const length = Math.min(header.chunkBytes, header.plainSize - index * header.chunkBytes);
  return { offset: HEADER_BYTES + index * (header.chunkBytes + TAG_BYTES), length: Math.max(0, length) };
}

export function decryptChunk(
  header: RecordHeader,
  key: RecordKey,
  index: number,
  sealed: Buffer,
  identity: Buffer = Buffer.alloc(0),
): Buffer {
  const { length } = chunkSpan(header, index);
  if (sealed.length !== length + TAG_BYTES) throw damaged();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, nonce(header, index)).setAAD(
      aad(header, index, identity),
    );
    decipher.setAuthTag(sealed.subarray(length));
    return Buffer.concat([decipher.update(sealed.subarray(0, length)), decipher.final()]);
  } catch {
    throw damaged();
  }
}

/**
 * A whole encrypted file back to its plaintext, with whichever of `keys` its header names; BAD_FILE when damaged,
 * truncated, or bound to another identity than the one given.
 */
export function decryptRecord(file: Buffer, keys: readonly RecordKey[], identity: Buffer = Buffer.alloc(0)): Buffer {
  const header = parseHeader(file);
  if (file.length !== encryptedSize(header)) throw damaged();
  const key = keys.find((k) => k.id.equals(header.keyId));
  if (!key)
    throw new AppError(
      'DB_KEY_INVALID',
      'A file was encrypted with a key this workspace no longer has; it cannot be read.',
    );
  const parts: Buffer[] = [];
  for (let i = 0; i < chunkCount(header); i++) {
    const { offset, length } = chunkSpan(header, i);
    parts.push(decryptChunk(header, key, i, file.subarray(offset, offset + length + TAG_BYTES), identity));
  }
  return Buffer.concat(parts);
}

function damaged(): AppError {
  return new AppError(
    'BAD_FILE',
    'A record file in the local store is damaged or was changed outside the app. Sync again to download a fresh copy.',
  );
}
