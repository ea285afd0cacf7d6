import { createHash } from 'node:crypto';
import { BlobUnreadableError, type ByteRange } from './blobStorage';
import { sha256Of } from './chunkHashes';

export interface VerifiedChunk {
  index: number;
  bytes: Buffer;
  /** The SHA-256 the chunk was stored with. */
  sha256: string;
}

export interface ChunkSource {
  sha256: string;
  sizeBytes: number;
  chunkBytes: number;
  /** Chunks first..last in order (a driver may fetch several per round trip). */
  chunks(first: number, last: number): AsyncIterable<VerifiedChunk>;
}

/**
 * Yields the range chunk by chunk, each checked against its stored hash before a byte of it leaves; a read of the
 * whole blob is also checked against the blob's name at the end (a consistent rewrite of chunks and index).
 */
export async function* readVerifiedRange(source: ChunkSource, range?: ByteRange): AsyncGenerator<Buffer> {
  const { sha256, sizeBytes, chunkBytes } = source;
  if (sizeBytes === 0) {
    if (sha256Of(Buffer.alloc(0)) !== sha256) throw corrupt(sha256, 'an empty blob under another name');
    return;
  }
  const start = range?.start ?? 0;
  const end = Math.min(range?.end ?? sizeBytes - 1, sizeBytes - 1);
  if (start > end) return;
  const whole = start === 0 && end === sizeBytes - 1 ? createHash('sha256') : null;
  const first = Math.floor(start / chunkBytes);
  const last = Math.floor(end / chunkBytes);
  let expected = first;
  for await (const chunk of source.chunks(first, last)) {
    if (chunk.index !== expected) throw missing(sha256, `chunk ${expected} is missing`);
    const wantedLength = Math.min(chunkBytes, sizeBytes - chunk.index * chunkBytes);
    if (chunk.bytes.length !== wantedLength || sha256Of(chunk.bytes) !== chunk.sha256) {
      throw corrupt(sha256, `chunk ${chunk.index} does not match its hash`);
    }
    whole?.update(chunk.bytes);
    const from = chunk.index === first ? start - chunk.index * chunkBytes : 0;
    const to = chunk.index === last ? end - chunk.index * chunkBytes + 1 : chunk.bytes.length;
    expected += 1;
    yield chunk.bytes.subarray(from, to);
  }
  if (expected !== last + 1) throw missing(sha256, `chunk ${expected} is missing`);
  if (whole && whole.digest('hex') !== sha256) throw corrupt(sha256, 'the bytes do not hash to the blob name');
}

const corrupt = (sha256: string, what: string) =>
  new BlobUnreadableError('corrupt', sha256, `Stored file ${sha256.slice(0, 12)}… is damaged: ${what}.`);
const missing = (sha256: string, what: string) =>
  new BlobUnreadableError('missing', sha256, `Stored file ${sha256.slice(0, 12)}… is incomplete: ${what}.`);
