import { createHash } from 'node:crypto';
import { CHUNK_BYTES } from './blobStorage';

export interface ChunkedBlob {
  sha256: string;
  sizeBytes: number;
  chunkBytes: number;
  /** SHA-256 of each chunk, in order. */
  chunks: string[];
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The blob's name and the hash of every chunk, computed in one pass. */
export function chunkHashes(bytes: Buffer, chunkBytes = CHUNK_BYTES): ChunkedBlob {
  const whole = createHash('sha256');
  const chunks: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    const chunk = bytes.subarray(offset, offset + chunkBytes);
    whole.update(chunk);
    chunks.push(sha256Of(chunk));
  }
  return { sha256: whole.digest('hex'), sizeBytes: bytes.length, chunkBytes, chunks };
}
