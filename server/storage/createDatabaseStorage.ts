import type { ServerDb } from '../db';
import { BlobUnreadableError, type BlobStorage } from './blobStorage';
import { chunkHashes } from './chunkHashes';
import { readVerifiedRange, type VerifiedChunk } from './readVerifiedRange';

/** Chunks fetched per round trip while reading, and written per statement while storing (4 x 256 KiB). */
const CHUNKS_PER_QUERY = 4;

/**
 * The database driver: blobs cut into 256 KiB rows (storage_blobs + storage_chunks), each row with its SHA-256.
 * On PostgreSQL this is the PostgreSQL driver every instance shares; it works the same on SQLite.
 */
export function createDatabaseStorage(db: ServerDb): BlobStorage {
  const stat = async (sha256: string) =>
    (await db.query
      .selectFrom('storage_blobs')
      .select(['sha256', 'size_bytes as sizeBytes', 'chunk_bytes as chunkBytes'])
      .where('sha256', '=', sha256)
      .executeTakeFirst()) ?? null;

  return {
    name: 'database',
    async put(bytes) {
      const blob = chunkHashes(bytes);
      const rows = blob.chunks.map((chunkSha, index) => ({
        sha256: blob.sha256,
        chunk_index: index,
        chunk_sha256: chunkSha,
        bytes: bytes.subarray(index * blob.chunkBytes, (index + 1) * blob.chunkBytes),
      }));
      await db.write(async (tx) => {
        const existing = await tx
          .selectFrom('storage_blobs')
          .select('sha256')
          .where('sha256', '=', blob.sha256)
          .executeTakeFirst();
        if (existing) return;
        await tx
          .insertInto('storage_blobs')
          .values({
            sha256: blob.sha256,
            size_bytes: blob.sizeBytes,
            chunk_bytes: blob.chunkBytes,
            stored_at: new Date().toISOString(),
          })
          .execute();
        for (let i = 0; i < rows.length; i += CHUNKS_PER_QUERY) {
          await tx
            .insertInto('storage_chunks')
            .values(rows.slice(i, i + CHUNKS_PER_QUERY))
            .execute();
        }
      });
      return { sha256: blob.sha256, sizeBytes: blob.sizeBytes };
    },
    async stat(sha256) {
      const row = await stat(sha256);
      return row ? { sha256: row.sha256, sizeBytes: row.sizeBytes } : null;
    },
    async *read(sha256, range) {
      const row = await stat(sha256);
      if (!row) {
        throw new BlobUnreadableError('missing', sha256, `Stored file ${sha256.slice(0, 12)}… is not in the database.`);
      }
      yield* readVerifiedRange(
        {
          sha256,
          sizeBytes: row.sizeBytes,
          chunkBytes: row.chunkBytes,
          async *chunks(first, last): AsyncGenerator<VerifiedChunk> {
            for (let from = first; from <= last; from += CHUNKS_PER_QUERY) {
              const to = Math.min(last, from + CHUNKS_PER_QUERY - 1);
              const found = await db.query
                .selectFrom('storage_chunks')
                .select(['chunk_index as index', 'chunk_sha256 as sha256', 'bytes'])
                .where('sha256', '=', sha256)
                .where('chunk_index', '>=', from)
                .where('chunk_index', '<=', to)
                .orderBy('chunk_index')
                .execute();
              for (const chunk of found) yield { ...chunk, bytes: Buffer.from(chunk.bytes) };
              if (found.length !== to - from + 1) return;
            }
          },
        },
        range,
      );
    },
    async list(after, limit) {
      let query = db.query.selectFrom('storage_blobs').select('sha256').orderBy('sha256').limit(limit);
      if (after !== null) query = query.where('sha256', '>', after);
      return (await query.execute()).map((row) => row.sha256);
    },
    async delete(sha256) {
      await db.write(async (tx) => {
        await tx.deleteFrom('storage_chunks').where('sha256', '=', sha256).execute();
        await tx.deleteFrom('storage_blobs').where('sha256', '=', sha256).execute();
      });
    },
  };
}
