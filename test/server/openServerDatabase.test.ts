import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServerDatabase } from '../../server/db/openServerDatabase';
import { getMeta } from '../../server/repositories/metaRepository';

describe('openServerDatabase', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'imr-server-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the schema and a feed epoch when the file is new, and keeps the epoch when reopened', () => {
    const file = join(dir, 'server.db');
    const db = openServerDatabase({ file });
    const epoch = getMeta(db, 'feed_epoch');
    db.close();
    const again = openServerDatabase({ file });
    expect(getMeta(again, 'feed_epoch')).toBe(epoch);
    expect(again.pragma('user_version', { simple: true })).toBe(1);
    again.close();
  });

  it('opens an encrypted file only with its key', () => {
    const file = join(dir, 'secret.db');
    const key = randomBytes(32);
    openServerDatabase({ file, key }).close();
    expect(() => openServerDatabase({ file })).toThrow(/IMR_SERVER_DB_KEY/);
    expect(() => openServerDatabase({ file, key: randomBytes(32) })).toThrow(/could not be opened/);
    openServerDatabase({ file, key }).close();
  });

  it('refuses a database written by a newer server', () => {
    const file = join(dir, 'newer.db');
    const db = openServerDatabase({ file });
    db.pragma('user_version = 99');
    db.close();
    expect(() => openServerDatabase({ file })).toThrow(/schema 99/);
  });
});
