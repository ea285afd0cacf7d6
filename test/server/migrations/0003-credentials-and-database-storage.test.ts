import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCertificate, revokeCertificate } from '../../../server/repositories/certificateRepository';
import { createDatabaseStorage } from '../../../server/storage/createDatabaseStorage';
import { readBlob } from '../../../server/storage/readBlob';
import { TEST_ENGINE } from '../../support/serverBackendForTest';
import { insertVersion1Basics, serverDbAtVersion, type ServerDbAtVersion } from './support/serverDbAtVersion';

describe(`server migration 0003-credentials-and-database-storage (${TEST_ENGINE})`, () => {
  let at: ServerDbAtVersion;
  beforeEach(async () => {
    at = await serverDbAtVersion(TEST_ENGINE, 2);
    await insertVersion1Basics(at.raw);
    await sql`insert into certificates (sha256, reviewer_id, pem, subject, not_after, registered_at) values (${'e'.repeat(64)}, 'RVW-0001', 'PEM', 'CN=RVW-0001', '2030-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(
      at.raw,
    );
  });
  afterEach(() => at.dispose());

  it('keeps a registered certificate, live, and lets it be revoked once', async () => {
    expect(await at.upgradeTo(3)).toBe(3);
    expect(await findCertificate(at.db.query, 'e'.repeat(64))).toMatchObject({
      reviewerId: 'RVW-0001',
      revokedAt: null,
    });
    expect(await at.db.write((tx) => revokeCertificate(tx, 'e'.repeat(64), '2026-02-01T00:00:00.000Z'))).toBe(true);
    expect(await at.db.write((tx) => revokeCertificate(tx, 'e'.repeat(64), '2026-02-02T00:00:00.000Z'))).toBe(false);
    expect((await findCertificate(at.db.query, 'e'.repeat(64)))?.revokedAt).toBe('2026-02-01T00:00:00.000Z');
  });

  it('adds enrolment codes bound to a reviewer (deleted with it), failure counters and the database storage tables', async () => {
    await at.upgradeTo(3);
    await sql`insert into enrolment_codes (code_sha256, reviewer_id, created_at, expires_at) values ('h', 'RVW-0001', 'a', 'b')`.execute(
      at.raw,
    );
    await expect(
      sql`insert into enrolment_codes (code_sha256, reviewer_id, created_at, expires_at) values ('i', 'nobody', 'a', 'b')`.execute(
        at.raw,
      ),
    ).rejects.toThrow();
    await sql`insert into auth_failures (client_key, window_started_at, failures) values ('127.0.0.1', 'a', 1)`.execute(
      at.raw,
    );
    const bytes = Buffer.alloc(600 * 1024, 7);
    const stored = await createDatabaseStorage(at.db).put(bytes);
    expect(await readBlob(createDatabaseStorage(at.db), stored.sha256)).toEqual(bytes);
  });
});
