import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BlobUnreadableError, CHUNK_BYTES, type BlobStorage } from './blobStorage';
import { chunkHashes, sha256Of } from './chunkHashes';
import { readVerifiedRange, type ChunkSource } from './readVerifiedRange';
import { writeFileDurably } from './writeFileDurably';

const SHA = /^[0-9a-f]{64}$/;
const indexSchema = z.object({
  v: z.literal(1),
  sizeBytes: z.number().int().min(0),
  chunkBytes: z.number().int().min(1),
  chunks: z.array(z.string().regex(SHA)),
});
type ChunkIndex = z.infer<typeof indexSchema>;

/**
 * The filesystem driver (default): <dir>/<first two hex digits>/<sha256>, beside it <sha256>.chunks with the hash of
 * every chunk. A file stored by an older server has no index yet; the first read hashes the whole file, checks it
 * against its name and writes the index.
 */
export function createFileStorage(dir: string): BlobStorage {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pathOf = (sha256: string): string => join(dir, sha256.slice(0, 2), sha256);
  const indexPathOf = (sha256: string): string => `${pathOf(sha256)}.chunks`;

  const writeIndex = (sha256: string, index: ChunkIndex): void =>
    writeFileDurably(indexPathOf(sha256), Buffer.from(JSON.stringify(index)));

  const loadIndex = async (sha256: string, sizeBytes: number): Promise<ChunkIndex> => {
    const indexPath = indexPathOf(sha256);
    if (existsSync(indexPath)) {
      const parsed = indexSchema.safeParse(parseJson(readFileSync(indexPath, 'utf8')));
      if (!parsed.success || parsed.data.sizeBytes !== sizeBytes) {
        throw new BlobUnreadableError('corrupt', sha256, `The chunk index of ${sha256.slice(0, 12)}… is damaged.`);
      }
      return parsed.data;
    }
    const index = await hashFile(pathOf(sha256), sizeBytes);
    const whole = index.whole;
    if (whole !== sha256) {
      throw new BlobUnreadableError(
        'corrupt',
        sha256,
        `Stored file ${sha256.slice(0, 12)}… does not hash to its name.`,
      );
    }
    const built: ChunkIndex = { v: 1, sizeBytes, chunkBytes: CHUNK_BYTES, chunks: index.chunks };
    writeIndex(sha256, built);
    return built;
  };

  const sizeOf = (sha256: string): number | null => {
    try {
      return statSync(pathOf(sha256)).size;
    } catch {
      return null;
    }
  };

  return {
    name: 'fs',
    async put(bytes) {
      const blob = chunkHashes(bytes);
      if (sizeOf(blob.sha256) === blob.sizeBytes && existsSync(indexPathOf(blob.sha256))) {
        return { sha256: blob.sha256, sizeBytes: blob.sizeBytes };
      }
      writeFileDurably(pathOf(blob.sha256), bytes);
      writeIndex(blob.sha256, { v: 1, sizeBytes: blob.sizeBytes, chunkBytes: blob.chunkBytes, chunks: blob.chunks });
      return { sha256: blob.sha256, sizeBytes: blob.sizeBytes };
    },
    async stat(sha256) {
      if (!SHA.test(sha256)) return null;
      const sizeBytes = sizeOf(sha256);
      return sizeBytes === null ? null : { sha256, sizeBytes };
    },
    async *read(sha256, range) {
      const sizeBytes = SHA.test(sha256) ? sizeOf(sha256) : null;
      if (sizeBytes === null) {
        throw new BlobUnreadableError('missing', sha256, `Stored file ${sha256.slice(0, 12)}… is not in ${dir}.`);
      }
      const index = await loadIndex(sha256, sizeBytes);
      const handle = await open(pathOf(sha256), 'r');
      try {
        const source: ChunkSource = {
          sha256,
          sizeBytes,
          chunkBytes: index.chunkBytes,
          async *chunks(first, last) {
            for (let chunkIndex = first; chunkIndex <= last; chunkIndex++) {
              const length = Math.min(index.chunkBytes, sizeBytes - chunkIndex * index.chunkBytes);
              const bytes = Buffer.alloc(length);
              let got = 0;
              while (got < length) {
                const { bytesRead } = await handle.read(bytes, got, length - got, chunkIndex * index.chunkBytes + got);
                if (bytesRead === 0) break;
                got += bytesRead;
              }
              yield { index: chunkIndex, bytes: bytes.subarray(0, got), sha256: index.chunks[chunkIndex] ?? '' };
            }
          },
        };
        yield* readVerifiedRange(source, range);
      } finally {
        await handle.close();
      }
    },
    async list(after, limit) {
      if (!existsSync(dir)) return [];
      const out: string[] = [];
      const shards = readdirSync(dir)
        .filter((name) => /^[0-9a-f]{2}$/.test(name) && (after === null || name >= after.slice(0, 2)))
        .sort();
      for (const shard of shards) {
        const names = readdirSync(join(dir, shard))
          .filter((name) => SHA.test(name) && (after === null || name > after))
          .sort();
        for (const name of names) {
          out.push(name);
          if (out.length >= limit) return out;
        }
      }
      return out;
    },
    async delete(sha256) {
      if (!SHA.test(sha256)) return;
      rmSync(indexPathOf(sha256), { force: true });
      rmSync(pathOf(sha256), { force: true });
    },
  };
}

/** Hashes a file chunk by chunk without holding it in memory. */
async function hashFile(path: string, sizeBytes: number): Promise<{ whole: string; chunks: string[] }> {
  const handle = await open(path, 'r');
  try {
    const whole = createHash('sha256');
    const chunks: string[] = [];
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (let offset = 0; offset < sizeBytes; offset += CHUNK_BYTES) {
      const length = Math.min(CHUNK_BYTES, sizeBytes - offset);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await handle.read(buffer, got, length - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      const chunk = buffer.subarray(0, got);
      whole.update(chunk);
      chunks.push(sha256Of(chunk));
    }
    return { whole: whole.digest('hex'), chunks };
  } finally {
    await handle.close();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
