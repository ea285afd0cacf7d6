import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../../electron/core/audit/verifyAuditTrail';
import { schemaVersion } from '../../../../electron/core/db/migrate';
import { appendAuditEvent } from '../../../../electron/core/db/repositories/auditRepository';
import {
  deleteTrustedSigner,
  insertTrustedSigner,
  listTrustedSignerRows,
} from '../../../../electron/core/db/repositories/trustedSignerRepository';
import { insertCase, insertDocument } from './support/legacyRows';
import { migratedDatabase, rowsOf, type MigratedDatabase } from './support/migratedDatabase';

const KEPT = ['cases', 'documents', 'audit_events', 'record_viewing_copies'];

describe('migration 0009-trusted-signers', () => {
  let ws: MigratedDatabase;
  let before: unknown[][];
  beforeEach(() => {
    ws = migratedDatabase(7);
    insertCase(ws.db, 'case-a', { caseNumber: 'CM26-0901' });
    insertDocument(ws.db, 'doc-a', 'case-a', '4e'.repeat(32), 'UR denial letter');
    ws.db
      .prepare(
        "insert into record_viewing_copies (sha256, update_sha256, update_location, page_count, made_at) values (?, ?, ?, 3, '2026-11-03T10:00:00.000Z')",
      )
      .run('4e'.repeat(32), '5f'.repeat(32), `5f/${'5f'.repeat(32)}`);
    appendAuditEvent(ws.db, {
      at: '2026-11-03T10:05:00.000Z',
      actor: 'RVW-0042',
      action: 'letter.signed',
      caseId: 'case-a',
      details: { version: 1 },
    });
    before = KEPT.map((t) => rowsOf(ws.db, t));
  });
  afterEach(() => ws.dispose());

  it('moves to version 9 with an empty trust store and keeps cases, records and the audit chain', () => {
    expect(ws.upgradeTo(9)).toMatchObject({ from: 7, to: 9 });
    expect(schemaVersion(ws.db)).toBe(9);
    expect(KEPT.map((t) => rowsOf(ws.db, t))).toEqual(before);
    expect(verifyAuditTrail(ws.db)).toMatchObject({ ok: true, events: 1 });
    expect(listTrustedSignerRows(ws.db)).toEqual([]);
  });

  it('stores one row per certificate, updates its note, and refuses a fingerprint that is not a SHA-256', () => {
    ws.upgradeTo(9);
    const row = {
      certificateSha256: 'ab'.repeat(32),
      subject: 'RVW-0042',
      note: 'from the IMRO',
      addedAt: '2026-11-03T11:00:00.000Z',
    };
    insertTrustedSigner(ws.db, row);
    insertTrustedSigner(ws.db, { ...row, note: 'confirmed by phone' });
    expect(listTrustedSignerRows(ws.db)).toEqual([{ ...row, note: 'confirmed by phone' }]);
    expect(() => insertTrustedSigner(ws.db, { ...row, certificateSha256: 'abc' })).toThrow(/CHECK constraint/);
    expect(deleteTrustedSigner(ws.db, row.certificateSha256)).toBe(true);
    expect(listTrustedSignerRows(ws.db)).toEqual([]);
  });
});
