import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServerDatabase } from '../../../server/db/openServerDatabase';
import type { ServerDb } from '../../../server/db/serverDb';
import { BlobUnreadableError, CHUNK_BYTES, type BlobStorage } from '../../../server/storage/blobStorage';
import { createDatabaseStorage } from '../../../server/storage/createDatabaseStorage';
import { createFileStorage } from '../../../server/storage/createFileStorage';
import { readBlob } from '../../../server/storage/readBlob';
import { createServerBackendForTest, TEST_ENGINE, type ServerBackendForTest } from '../../support/serverBackendForTest';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** 2.5 chunks of bytes that differ everywhere, so a misplaced range shows. */
const sample = (size = Math.floor(CHUNK_BYTES * 2.5)) => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
};
const collect = async (iterable: AsyncIterable<Buffer>) => {
  const parts: Buffer[] = [];
  for await (const part of iterable) parts.push(part);
  return Buffer.concat(parts);
};

describe.each(['fs', 'database'] as const)(`record storage driver %s (${TEST_ENGINE})`, (driver) => {
  let backend: ServerBackendForTest;
  let db: ServerDb;
  let storage: BlobStorage;
  beforeEach(async () => {
    backend = await createServerBackendForTest();
    db = await openServerDatabase(backend.database);
    storage = driver === 'fs' ? createFileStorage(backend.storage.dir) : createDatabaseStorage(db);
  });
  afterEach(async () => {
    await db.close();
    await backend.dispose();
  });

  /** Flips one byte of the stored copy, the way a failing disk or a tampering hand would. */
  async function damage(sha: string, offset: number): Promise<void> {
    if (driver === 'fs') {
      const path = join(backend.storage.dir, sha.slice(0, 2), sha);
      const bytes = readFileSync(path);
      bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
      writeFileSync(path, bytes);
      return;
    }
    const index = Math.floor(offset / CHUNK_BYTES);
    const row = await db.query
      .selectFrom('storage_chunks')
      .select('bytes')
      .where('sha256', '=', sha)
      .where('chunk_index', '=', index)
      .executeTakeFirstOrThrow();
    const bytes = Buffer.from(row.bytes);
    bytes[offset % CHUNK_BYTES] = (bytes[offset % CHUNK_BYTES] ?? 0) ^ 0xff;
    await db.query
      .updateTable('storage_chunks')
      .set({ bytes })
      .where('sha256', '=', sha)
      .where('chunk_index', '=', index)
      .execute();
  }

  it('stores bytes under their SHA-256 once and reads them back whole', async () => {
    const bytes = sample();
    const first = await storage.put(bytes);
    expect(first).toEqual({ sha256: sha256(bytes), sizeBytes: bytes.length });
    expect(await storage.put(bytes)).toEqual(first);
    expect(await storage.stat(first.sha256)).toEqual(first);
    expect(await readBlob(storage, first.sha256)).toEqual(bytes);
    expect(await storage.list(null, 10)).toEqual([first.sha256]);
  });

  it.each([
    [0, 0],
    [10, 99],
    [CHUNK_BYTES - 5, CHUNK_BYTES + 5],
    [CHUNK_BYTES, 2 * CHUNK_BYTES - 1],
    [100, Math.floor(CHUNK_BYTES * 2.5) - 1],
  ])('serves the byte range %i-%i exactly when a Range is asked for', async (start, end) => {
    const bytes = sample();
    const { sha256: sha } = await storage.put(bytes);
    expect(await collect(storage.read(sha, { start, end }))).toEqual(bytes.subarray(start, end + 1));
  });

  it('stores an empty file and a file of exactly one chunk', async () => {
    for (const bytes of [Buffer.alloc(0), sample(CHUNK_BYTES)]) {
      const { sha256: sha } = await storage.put(bytes);
      expect(await readBlob(storage, sha)).toEqual(bytes);
    }
  });

  it('refuses to send a damaged chunk, and still serves the chunks before it', async () => {
    const bytes = sample();
    const { sha256: sha } = await storage.put(bytes);
    await damage(sha, CHUNK_BYTES + 7);
    const sent: Buffer[] = [];
    const reading = (async () => {
      for await (const part of storage.read(sha)) sent.push(part);
    })();
    await expect(reading).rejects.toMatchObject({ name: 'BlobUnreadableError', reason: 'corrupt' });
    expect(Buffer.concat(sent)).toEqual(bytes.subarray(0, CHUNK_BYTES));
    await expect(collect(storage.read(sha, { start: CHUNK_BYTES, end: CHUNK_BYTES + 100 }))).rejects.toBeInstanceOf(
      BlobUnreadableError,
    );
    expect(await collect(storage.read(sha, { start: 0, end: 100 }))).toEqual(bytes.subarray(0, 101));
  });

  it('reports a missing file as missing, and delete removes a file', async () => {
    await expect(readBlob(storage, 'f'.repeat(64))).rejects.toMatchObject({ reason: 'missing' });
    const { sha256: sha } = await storage.put(sample(1000));
    await storage.delete(sha);
    expect(await storage.stat(sha)).toBeNull();
    expect(await storage.list(null, 10)).toEqual([]);
  });

  it('pages through stored files in order when listed', async () => {
    const shas: string[] = [];
    for (let i = 0; i < 7; i++) shas.push((await storage.put(Buffer.from(`file ${i}`))).sha256);
    shas.sort();
    const first = await storage.list(null, 3);
    const second = await storage.list(first.at(-1)!, 3);
    const third = await storage.list(second.at(-1)!, 3);
    expect([...first, ...second, ...third]).toEqual(shas);
  });

  it.runIf(driver === 'fs')(
    'indexes a file an older server stored without chunk hashes on first read, and refuses one that does not match its name',
    async () => {
      const bytes = sample();
      const { sha256: sha } = await storage.put(bytes);
      const path = join(backend.storage.dir, sha.slice(0, 2), sha);
      rmSync(`${path}.chunks`);
      expect(await collect(storage.read(sha, { start: 5, end: 50 }))).toEqual(bytes.subarray(5, 51));
      expect(statSync(`${path}.chunks`).mode & 0o777).toBe(0o600);
      rmSync(`${path}.chunks`);
      await damage(sha, 3);
      await expect(collect(storage.read(sha, { start: 100, end: 200 }))).rejects.toMatchObject({ reason: 'corrupt' });
    },
  );

  it.runIf(driver === 'fs')('writes record files and their folders owner-only', async () => {
    const { sha256: sha } = await storage.put(sample(1000));
    expect(statSync(join(backend.storage.dir, sha.slice(0, 2))).mode & 0o777).toBe(0o700);
    expect(statSync(join(backend.storage.dir, sha.slice(0, 2), sha)).mode & 0o777).toBe(0o600);
  });
});
