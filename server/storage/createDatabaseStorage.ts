import { sql } from 'kysely';
import type { ServerDb } from '../db';
import { BlobUnreadableError, type BlobStorage } from './blobStorage';
import { chunkHashes } from './chunkHashes';
import { readVerifiedRange, type VerifiedChunk } from './readVerifiedRange';

/** Chunks fetched per round trip while reading, and written per statement while storing (4 x 256 KiB). */
const CHUNKS_PER_QUERY = 4;
/** Up to this many chunks (4 MiB) PostgreSQL stores a blob in one statement: a letter, a determination, most records. */
const ONE_STATEMENT_CHUNKS = 16;

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
      const storedAt = new Date().toISOString();
      if (db.engine === 'postgres' && rows.length > 0 && rows.length <= ONE_STATEMENT_CHUNKS) {
        // One statement, so one round trip and atomic: the chunks go in only if this statement made the blob row;
        // a twin storing the same bytes at the same moment waits on the row, then adds nothing.
        const values = rows.map((row) => sql`(${row.chunk_index}::int, ${row.chunk_sha256}, ${row.bytes}::bytea)`);
        await sql`
          with blob as (
            insert into storage_blobs (sha256, size_bytes, chunk_bytes, stored_at)
            values (${blob.sha256}, ${blob.sizeBytes}, ${blob.chunkBytes}, ${storedAt})
            on conflict (sha256) do nothing
            returning sha256
          )
          insert into storage_chunks (sha256, chunk_index, chunk_sha256, bytes)
          select blob.sha256, v.chunk_index, v.chunk_sha256, v.bytes
          from blob, (values ${sql.join(values)}) as v (chunk_index, chunk_sha256, bytes)
        `.execute(db.query);
        return { sha256: blob.sha256, sizeBytes: blob.sizeBytes };
      }
      await db.write(
        async (tx) => {
          // A twin storing the same bytes at the same moment waits on the row, then finds it there.
          const inserted = await tx
            .insertInto('storage_blobs')
            .values({
              sha256: blob.sha256,
              size_bytes: blob.sizeBytes,
              chunk_bytes: blob.chunkBytes,
              stored_at: storedAt,
            })
            .onConflict((c) => c.column('sha256').doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
          for (let i = 0; i < rows.length; i += CHUNKS_PER_QUERY) {
            await tx
              .insertInto('storage_chunks')
              .values(rows.slice(i, i + CHUNKS_PER_QUERY))
              .execute();
          }
        },
        { isolation: 'read committed' },
      );
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
