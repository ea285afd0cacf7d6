import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMeta } from '../../../server/repositories/metaRepository';
import { insertVersion1Basics, rowsOf, serverDbAtVersion, type ServerDbAtVersion } from './support/serverDbAtVersion';
import { DETERMINATION, LETTER, insertStoredPackage, insertVersion1FeedAndPackage } from './support/version1Package';

describe('server migration 0002-feed-counter-and-stored-package-files (SQLite)', () => {
  let at: ServerDbAtVersion;
  let before: Record<string, Record<string, unknown>[]>;
  beforeEach(async () => {
    at = await serverDbAtVersion('sqlite', 1);
    await insertVersion1Basics(at.raw);
    await insertVersion1FeedAndPackage(at.raw);
    before = {
      changes: await rowsOf(at.raw, 'changes', 'seq'),
      idempotency_keys: await rowsOf(at.raw, 'idempotency_keys', 'key'),
      cases: await rowsOf(at.raw, 'cases', 'id'),
    };
  });
  afterEach(() => at.dispose());

  it('keeps every row and starts the feed counter at the last sequence ever issued, not the highest one left', async () => {
    expect(await at.upgradeTo(2)).toBe(2);
    expect(await getMeta(at.db.query, 'feed_seq')).toBe('3');
    expect(await rowsOf(at.raw, 'changes', 'seq')).toEqual(before.changes);
    expect(await rowsOf(at.raw, 'idempotency_keys', 'key')).toEqual(before.idempotency_keys);
    expect(await rowsOf(at.raw, 'cases', 'id')).toEqual(before.cases);
  });

  it('keeps the inline files of an earlier package and accepts new packages that name stored files', async () => {
    await at.upgradeTo(2);
    const [old] = await rowsOf(at.raw, 'packages', 'receipt_id');
    expect(Buffer.from(old!.letter_pdf as Uint8Array)).toEqual(LETTER);
    expect(Buffer.from(old!.determination_json as Uint8Array)).toEqual(DETERMINATION);
    expect(old!.letter_sha256).toBeNull();
    await insertStoredPackage(at.raw, 'receipt-2', '8'.repeat(64));
    expect((await rowsOf(at.raw, 'packages', 'receipt_id')).map((row) => row.receipt_id)).toEqual([
      'receipt-1',
      'receipt-2',
    ]);
  });

  it('refuses a package with its letter neither inline nor stored, and still enforces the key references', async () => {
    await at.upgradeTo(2);
    await expect(insertStoredPackage(at.raw, 'receipt-3', null)).rejects.toThrow();
    await expect(
      sql`insert into idempotency_keys (reviewer_id, key, body_sha256, receipt_id, created_at) values ('RVW-0001', 'key-0000000000000002', 'x', 'no-such-receipt', 'now')`.execute(
        at.raw,
      ),
    ).rejects.toThrow();
  });
});
