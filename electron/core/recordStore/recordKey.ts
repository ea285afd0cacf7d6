import { createHash, hkdfSync } from 'node:crypto';

/** The record files' own key, derived from the data key so the database and the files never share a key. */
export interface RecordKey {
  key: Buffer;
  /** 8 bytes written into each file header: tells which key a file was encrypted with (rekey resumes by it). */
  id: Buffer;
}

export function deriveRecordKey(dataKey: Buffer): RecordKey {
  const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'imr-records-v1', 32));
  const id = createHash('sha256').update('imr-record-key-id').update(key).digest().subarray(0, 8);
  return { key, id };
}

/** The key that writes (the staged one during a rekey) first, then the key that still reads older files. */
export function recordKeysFor(provider: {
  getKey(): Buffer;
  rotation?: { pendingKey(): Buffer | null };
}): [RecordKey, ...RecordKey[]] {
  const current = deriveRecordKey(provider.getKey());
  const pending = provider.rotation?.pendingKey() ?? null;
  return pending ? [deriveRecordKey(pending), current] : [current];
}
