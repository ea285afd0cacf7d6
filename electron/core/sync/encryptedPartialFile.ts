import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, existsSync, ftruncateSync, fstatSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { RecordKey } from '../recordStore';

const MAGIC = Buffer.from('IMRPART1', 'latin1');
const HEADER_BYTES = MAGIC.length + 8;
const LENGTH_BYTES = 4;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const MAX_BLOCK = 16 * 1024 * 1024;

/**
 * A download in progress, encrypted as it is written: the file is a header (magic, key id) and blocks of
 * [length][nonce][AES-256-GCM ciphertext][tag], each bound to the record's SHA-256 and its place. A torn last block is
 * cut off on open, so a crash loses at most that block; a file from another key or an older clear-text version is
 * discarded and the download starts again. No record byte reaches the disk in clear.
 */
export interface EncryptedPartial {
  /** Plaintext bytes already held (where a resumed download continues). */
  readonly plainBytes: number;
  append(chunk: Uint8Array): void;
  /** Every byte held so far, decrypted. */
  readAll(): Buffer;
  close(): void;
}

export function openEncryptedPartial(path: string, recordKey: RecordKey, sha256: string): EncryptedPartial {
  const key = Buffer.from(hkdfSync('sha256', recordKey.key, Buffer.alloc(0), 'imr-partial-download-v1', 32));
  const header = Buffer.concat([MAGIC, recordKey.id]);
  const aad = (index: number) => Buffer.from(`${sha256}:${index}`, 'latin1');
  let fd = openSync(path, existsSync(path) ? 'r+' : 'w+', 0o600);
  let blocks: { offset: number; length: number; nonce: Buffer }[] = [];
  let plainBytes = 0;

  const readAt = (position: number, length: number): Buffer => {
    const out = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, out, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return out.subarray(0, done);
  };
  const decryptBlock = (index: number): Buffer => {
    const block = blocks[index];
    if (!block) throw new Error('no such block');
    const sealed = readAt(block.offset, block.length + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, block.nonce).setAAD(aad(index));
    decipher.setAuthTag(sealed.subarray(block.length));
    return Buffer.concat([decipher.update(sealed.subarray(0, block.length)), decipher.final()]);
  };

  const size = fstatSync(fd).size;
  let end = HEADER_BYTES;
  if (size < HEADER_BYTES || !readAt(0, HEADER_BYTES).equals(header)) {
    ftruncateSync(fd, 0);
    writeSync(fd, header, 0, header.length, 0);
  } else {
    while (end + LENGTH_BYTES + NONCE_BYTES <= size) {
      const length = readAt(end, LENGTH_BYTES).readUInt32BE(0);
      const nonce = readAt(end + LENGTH_BYTES, NONCE_BYTES);
      const offset = end + LENGTH_BYTES + NONCE_BYTES;
      if (length > MAX_BLOCK || offset + length + TAG_BYTES > size) break;
      blocks.push({ offset, length, nonce });
      try {
        decryptBlock(blocks.length - 1);
      } catch {
        blocks.pop();
        break;
      }
      plainBytes += length;
      end = offset + length + TAG_BYTES;
    }
    if (end < size) ftruncateSync(fd, end);
  }

  return {
    get plainBytes() {
      return plainBytes;
    },
    append(chunk) {
      for (let start = 0; start < chunk.byteLength; start += MAX_BLOCK) {
        const plain = chunk.subarray(start, start + MAX_BLOCK);
        const nonce = randomBytes(NONCE_BYTES);
        const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(aad(blocks.length));
        const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
        const length = Buffer.alloc(LENGTH_BYTES);
        length.writeUInt32BE(plain.byteLength, 0);
        const record = Buffer.concat([length, nonce, body]);
        let written = 0;
        while (written < record.length)
          written += writeSync(fd, record, written, record.length - written, end + written);
        blocks.push({ offset: end + LENGTH_BYTES + NONCE_BYTES, length: plain.byteLength, nonce });
        end += record.length;
        plainBytes += plain.byteLength;
      }
    },
    readAll() {
      return Buffer.concat(blocks.map((_, i) => decryptBlock(i)));
    },
    close() {
      if (fd >= 0) closeSync(fd);
      fd = -1;
      blocks = [];
    },
  };
}

/** Whether a file under sync-downloads is in the encrypted partial format (anything else is an old clear one). */
export function isEncryptedPartial(firstBytes: Buffer): boolean {
  return firstBytes.subarray(0, MAGIC.length).equals(MAGIC);
}

export function removePartial(path: string): void {
  rmSync(path, { force: true });
}
