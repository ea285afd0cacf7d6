import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseContentRange, recordPath } from '../../../shared/sync';

import { AppError } from '../../../shared/ipc';
import { ensurePrivateDir } from '../files';
import type { ContentStore, RecordKey } from '../recordStore';
import type { SyncClient } from './createSyncClient';
import { openEncryptedPartial, removePartial, type EncryptedPartial } from './encryptedPartialFile';
import { syncFailure } from './syncFailure';

export const PARTIAL_DOWNLOADS_DIR = 'sync-downloads';

export interface RecordDownload {
  sha256: string;
  sizeBytes: number;
}

export const partialPathOf = (dataDir: string, sha256: string): string =>
  join(dataDir, PARTIAL_DOWNLOADS_DIR, `${sha256}.part`);

/**
 * Downloads one record by SHA-256 into a partial file encrypted as it is written (encryptedPartialFile), resuming with
 * Range from the bytes already there; the bytes reach the encrypted store only after their SHA-256 matches, and the
 * partial file is then deleted.
 */
export async function downloadOneRecord(
  dataDir: string,
  store: ContentStore,
  key: RecordKey,
  client: SyncClient,
  wanted: RecordDownload,
  stallTimeoutMs: number,
  onBytes: (n: number) => void,
): Promise<void> {
  const { sha256, sizeBytes } = wanted;
  const path = partialPathOf(dataDir, sha256);
  ensurePrivateDir(join(dataDir, PARTIAL_DOWNLOADS_DIR));
  let part = openEncryptedPartial(path, key, sha256);
  try {
    if (part.plainBytes > sizeBytes) {
      part.close();
      removePartial(path);
      part = openEncryptedPartial(path, key, sha256);
    }
    part = await fetchRest(part, path, key, client, wanted, stallTimeoutMs, onBytes);
    const bytes = part.readAll();
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      part.close();
      removePartial(path);
      throw syncFailure(
        'NETWORK',
        `Record ${sha256.slice(0, 12)}… arrived damaged (its SHA-256 does not match); it will be downloaded again.`,
        { retryable: true },
      );
    }
    const stored = store.put(bytes);
    bytes.fill(0);
    if (stored.sha256 !== sha256)
      throw new AppError('INTERNAL', 'A verified record file was stored under another hash.');
    part.close();
    removePartial(path);
  } finally {
    part.close();
  }
}

/** Fetches what the partial file lacks; a server that restarts from byte 0 replaces it. Returns the partial to read. */
async function fetchRest(
  start: EncryptedPartial,
  path: string,
  key: RecordKey,
  client: SyncClient,
  wanted: RecordDownload,
  stallTimeoutMs: number,
  onBytes: (n: number) => void,
): Promise<EncryptedPartial> {
  const { sha256, sizeBytes } = wanted;
  let part = start;
  let have = part.plainBytes;
  if (have < sizeBytes || sizeBytes === 0) {
    const headers: Record<string, string> = have > 0 ? { range: `bytes=${have}-`, 'if-range': `"${sha256}"` } : {};
    const reply = await client.open(recordPath(sha256), { headers });
    reply.clearTimer();
    const { response } = reply;
    if (response.status === 206) {
      const range = parseContentRange(response.headers.get('content-range'));
      if (!range || range.start !== have) {
        reply.abort();
        part.close();
        removePartial(path);
        throw syncFailure(
          'NETWORK',
          `The server resumed record ${sha256.slice(0, 12)}… at the wrong place; it will be downloaded again from the start.`,
          { retryable: true },
        );
      }
    } else if (response.status === 200) {
      if (have > 0) {
        part.close();
        removePartial(path);
        part = openEncryptedPartial(path, key, sha256);
      }
      have = 0;
    } else {
      reply.abort();
      throw syncFailure(
        'SERVER_REPLY_INVALID',
        `The server answered HTTP ${response.status} for record ${sha256.slice(0, 12)}….`,
        { status: response.status, retryable: false },
      );
    }
    try {
      await streamToPartial(response, part, sizeBytes - have, stallTimeoutMs, reply.abort, onBytes, sha256);
    } catch (error) {
      if (part !== start) part.close();
      throw error;
    }
  }
  return part;
}

async function streamToPartial(
  response: Response,
  part: EncryptedPartial,
  room: number,
  stallTimeoutMs: number,
  abort: () => void,
  onBytes: (n: number) => void,
  sha256: string,
): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  let stalled = false;
  let timer = setTimeout(() => ((stalled = true), abort()), stallTimeoutMs);
  let received = 0;
  try {
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch {
        throw syncFailure(
          'NETWORK',
          stalled
            ? `Downloading record ${sha256.slice(0, 12)}… stalled for ${Math.round(stallTimeoutMs / 1000)} s; it resumes at the next sync.`
            : `The connection broke while downloading record ${sha256.slice(0, 12)}…; it resumes where it stopped.`,
          { retryable: true },
        );
      }
      if (chunk.done) return;
      received += chunk.value.byteLength;
      if (received > room) {
        abort();
        throw syncFailure(
          'SERVER_REPLY_INVALID',
          `The server sent more bytes for record ${sha256.slice(0, 12)}… than the case lists; it was refused.`,
          { retryable: true },
        );
      }
      part.append(chunk.value);
      onBytes(chunk.value.byteLength);
      clearTimeout(timer);
      timer = setTimeout(() => ((stalled = true), abort()), stallTimeoutMs);
    }
  } finally {
    clearTimeout(timer);
  }
}
