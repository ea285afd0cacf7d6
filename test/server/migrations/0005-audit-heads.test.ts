import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAuditHead, keepAuditHead } from '../../../server/repositories/auditHeadRepository';
import { TEST_ENGINE } from '../../support/serverBackendForTest';
import { insertVersion1Basics, rowsOf, serverDbAtVersion, type ServerDbAtVersion } from './support/serverDbAtVersion';

describe(`server migration 0005-audit-heads (${TEST_ENGINE})`, () => {
  let at: ServerDbAtVersion;
  beforeEach(async () => {
    at = await serverDbAtVersion(TEST_ENGINE, 4);
    await insertVersion1Basics(at.raw);
  });
  afterEach(() => at.dispose());

  it('adds an empty table of audit heads, one per reviewer and trail, and keeps the changes feed', async () => {
    const before = await rowsOf(at.raw, 'changes', 'seq');
    expect(await at.upgradeTo(5)).toBe(5);
    expect(await rowsOf(at.raw, 'audit_heads', 'reviewer_id')).toEqual([]);
    expect(await rowsOf(at.raw, 'changes', 'seq')).toEqual(before);
    const chainA = 'a'.repeat(64);
    const chainB = 'b'.repeat(64);
    await keepAuditHead(at.raw, 'RVW-0001', chainA, {
      eventId: 7,
      hash: '1'.repeat(64),
      seenAt: '2026-12-01T00:00:00.000Z',
    });
    await keepAuditHead(at.raw, 'RVW-0001', chainB, {
      eventId: 2,
      hash: '2'.repeat(64),
      seenAt: '2026-12-01T00:00:00.000Z',
    });
    // The last head a trail sent replaces the one kept, also when it is lower (the trail was rolled back).
    await keepAuditHead(at.raw, 'RVW-0001', chainA, {
      eventId: 5,
      hash: '3'.repeat(64),
      seenAt: '2026-12-02T00:00:00.000Z',
    });
    expect(await findAuditHead(at.raw, 'RVW-0001', chainA)).toEqual({
      eventId: 5,
      hash: '3'.repeat(64),
      seenAt: '2026-12-02T00:00:00.000Z',
    });
    expect((await findAuditHead(at.raw, 'RVW-0001', chainB))?.eventId).toBe(2);
    await expect(
      sql`insert into audit_heads (reviewer_id, chain, event_id, hash, seen_at) values ('RVW-0001', ${chainB}, 1, 'x', 'y')`.execute(
        at.raw,
      ),
    ).rejects.toThrow();
  });
});
