import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staticKeyProvider } from '../../../electron/core/db/keyProvider';
import { silentLogger } from '../../../electron/core/log/logger';
import { createContentStore, locationOf } from '../../../electron/core/recordStore/contentStore';
import { DEFAULT_CHUNK_BYTES, HEADER_BYTES, TAG_BYTES } from '../../../electron/core/recordStore/encryptedRecordFormat';
import { deriveRecordKey } from '../../../electron/core/recordStore/recordKey';
import { openWorkspace } from '../../../electron/core/session/openWorkspace';
import { tempDir } from '../../support/tempDir';

const flip = (bytes: Buffer, at: number) => void bytes.writeUInt8(bytes.readUInt8(at) ^ 1, at);

describe('encrypted content store', () => {
  let dir: ReturnType<typeof tempDir>;
  const key = deriveRecordKey(randomBytes(32));
  beforeEach(() => (dir = tempDir('imr-store-')));
  afterEach(() => dir.remove());

  it('returns exactly the plaintext bytes for ranges across chunk boundaries', () => {
    const store = createContentStore(dir.path, [key]);
    const plain = randomBytes(DEFAULT_CHUNK_BYTES * 3 + 1234);
    const blob = store.put(plain);
    expect(blob.sha256).toBe(createHash('sha256').update(plain).digest('hex'));
    expect(store.size(blob.location)).toBe(plain.length);
    expect(store.read(blob.location).equals(plain)).toBe(true);
    const C = DEFAULT_CHUNK_BYTES;
    for (const [s, e] of [
      [0, 0],
      [C - 1, C],
      [C - 5, 2 * C + 5],
      [3 * C, 3 * C + 1233],
      [3 * C + 1233, 10 ** 9],
      [100, 99],
      [plain.length, plain.length + 10],
    ] as const) {
      expect(store.read(blob.location, s, e).equals(plain.subarray(s, Math.min(e, plain.length - 1) + 1))).toBe(true);
    }
  });

  it('stores empty and small files and never writes the plaintext to disk', () => {
    const store = createContentStore(dir.path, [key]);
    const empty = store.put(new Uint8Array(0));
    expect(store.size(empty.location)).toBe(0);
    expect(store.read(empty.location).length).toBe(0);
    const text = Buffer.from('Patient reports radiating low back pain since the lift injury.');
    const blob = store.put(text);
    expect(readFileSync(join(dir.path, blob.location)).includes(text.subarray(0, 20))).toBe(false);
    expect(store.has(blob.sha256)).toBe(true);
  });

  it.each([
    ['a ciphertext byte is flipped', (f: Buffer) => flip(f, HEADER_BYTES + 10)],
    ['a tag byte is flipped', (f: Buffer) => flip(f, HEADER_BYTES + DEFAULT_CHUNK_BYTES + 3)],
    ['the plaintext size in the header is changed', (f: Buffer) => flip(f, 19)],
    [
      'two chunks are swapped',
      (f: Buffer) => {
        const span = DEFAULT_CHUNK_BYTES + TAG_BYTES;
        const first = Buffer.from(f.subarray(HEADER_BYTES, HEADER_BYTES + span));
        f.copy(f, HEADER_BYTES, HEADER_BYTES + span, HEADER_BYTES + 2 * span);
        first.copy(f, HEADER_BYTES + span);
      },
    ],
  ])('refuses to return bytes when %s', (_what, tamper) => {
    const store = createContentStore(dir.path, [key]);
    const blob = store.put(randomBytes(DEFAULT_CHUNK_BYTES * 2 + 10));
    const path = join(dir.path, blob.location);
    const bytes = readFileSync(path);
    tamper(bytes);
    writeFileSync(path, bytes);
    expect(() => store.read(blob.location, 0, DEFAULT_CHUNK_BYTES * 2 + 9)).toThrow(
      expect.objectContaining({ code: 'BAD_FILE' }),
    );
  });

  it('refuses a truncated file and a file written with another key', () => {
    const store = createContentStore(dir.path, [key]);
    const blob = store.put(randomBytes(5000));
    const path = join(dir.path, blob.location);
    writeFileSync(path, readFileSync(path).subarray(0, 3000));
    expect(() => store.read(blob.location)).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));
    const other = createContentStore(dir.path, [deriveRecordKey(randomBytes(32))]).put(Buffer.from('other'));
    expect(() => store.read(other.location)).toThrow(expect.objectContaining({ code: 'DB_KEY_INVALID' }));
  });

  it('encrypts record files left in clear by an older version when the workspace opens', async () => {
    const plain = Buffer.from('%PDF-1.7 a legacy plain record file that was stored before encryption');
    const sha = createHash('sha256').update(plain).digest('hex');
    const records = join(dir.path, 'records');
    mkdirSync(join(records, sha.slice(0, 2)), { recursive: true });
    writeFileSync(join(records, locationOf(sha)), plain);
    writeFileSync(join(records, `${locationOf(sha)}.123.tmp`), plain);
    const ws = await openWorkspace({
      dataDir: dir.path,
      keyProvider: staticKeyProvider(randomBytes(32)),
      log: silentLogger,
      seedDemo: false,
    });
    try {
      expect(readFileSync(join(records, locationOf(sha))).includes(Buffer.from('%PDF'))).toBe(false);
      expect(ws.store.read(locationOf(sha)).equals(plain)).toBe(true);
      expect(() => readFileSync(join(records, `${locationOf(sha)}.123.tmp`))).toThrow();
    } finally {
      ws.close();
    }
  });
});
