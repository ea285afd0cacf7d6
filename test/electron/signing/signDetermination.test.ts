import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../../../electron/core/db/repositories/auditRepository';
import { listOutboxRows } from '../../../electron/core/db/repositories/syncOutboxRepository';
import { readWorkspacePackage } from '../../../electron/core/packages/readWorkspacePackage';
import { packageManifestSchema } from '../../../shared/domain/signedPackage';
import type { AppError } from '../../../shared/ipc/appError';
import { completeDetermination, openSampleCase, type SampleCase } from '../../support/sampleCase';
import { runPdfsig } from '../../support/runPdfsig';

const PASSPHRASE = 'correct horse battery';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('determinations.sign', () => {
  let s: SampleCase;
  beforeAll(async () => {
    s = await openSampleCase();
  });
  afterAll(() => s?.t.dispose());

  it('refuses with CHECKS_FAILED and the blocking findings when an item is undecided', async () => {
    await completeDetermination(s);
    await s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.xray.id, decision: 'undecided' });
    const refusal = await s.t.call('determinations.sign', { caseId: s.caseId, passphrase: PASSPHRASE }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(refusal?.code).toBe('CHECKS_FAILED');
    const details = refusal?.details as { findings: { code: string; target: unknown }[] };
    expect(details.findings.map((f) => f.code)).toContain('ITEM_UNDECIDED');
    expect(details.findings.find((f) => f.code === 'ITEM_UNDECIDED')?.target).toEqual({
      kind: 'item',
      itemId: s.xray.id,
      field: 'decision',
    });
    expect(existsSync(join(s.t.dataDir, 'signed'))).toBe(false);
    expect((await s.t.call('determinations.signedVersions', { caseId: s.caseId })).signed).toEqual([]);
  });

  it('refuses while a warning is unacknowledged and signs once it is acknowledged', async () => {
    await s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.xray.id, decision: 'overturned' });
    const draft = await s.t.call('determinations.get', { caseId: s.caseId });
    const mri = draft.items.find((i) => i.itemId === s.mri.id)!;
    const noConclusion = { ...mri.rationale, content: mri.rationale.content?.slice(0, 2) };
    await s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.mri.id, rationale: noConclusion });
    const run = await s.t.call('checks.run', { caseId: s.caseId });
    expect(run.findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'CONCLUSION_MISSING']]);
    await expect(s.t.call('determinations.sign', { caseId: s.caseId, passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'CHECKS_FAILED',
    });
    await s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.mri.id, rationale: mri.rationale });
  });

  it('commits nothing and removes the written package when the transaction fails', async () => {
    const db = s.t.backend.ws.db;
    db.exec(
      "create temp trigger fail_outbox before insert on sync_outbox begin select raise(abort, 'disk full (test)'); end",
    );
    try {
      await expect(s.t.call('determinations.sign', { caseId: s.caseId, passphrase: PASSPHRASE })).rejects.toMatchObject(
        { code: 'INTERNAL' },
      );
    } finally {
      db.exec('drop trigger temp.fail_outbox');
    }
    expect(db.prepare('select count(*) as n from signed_determinations').get()).toEqual({ n: 0 });
    expect((await s.t.call('determinations.get', { caseId: s.caseId })).locked).toBe(false);
    expect((await s.t.call('cases.get', { caseId: s.caseId })).case.status).toBe('in_progress');
    expect(listAuditEvents(db, s.caseId).some((e) => e.action === 'letter.signed')).toBe(false);
    expect(existsSync(join(s.t.dataDir, 'signed', 'CM14-0012345', 'v1'))).toBe(false);
  });

  it('signs a complete case: a package pdfsig validates, the case locked and signed, and an outbox row', async () => {
    const before = await s.t.call('determinations.signedVersions', { caseId: s.caseId });
    expect(before.identity).toEqual({ exists: true, protection: 'passphrase' });
    const events: unknown[] = [];
    const stop = s.t.backend.events.subscribe((e) => events.push(e));
    const signed = await s.t.call('determinations.sign', { caseId: s.caseId, passphrase: PASSPHRASE });
    stop();
    // The background scheduler hears of the new outbox row and uploads it at once.
    expect(events).toContainEqual({ type: 'sync.changed', reason: 'outbox' });
    expect(signed).toMatchObject({
      version: 1,
      supersedesVersion: null,
      reviewerId: 'RVW-0042',
      signedAt: '2026-11-24T09:00:00.000Z',
    });
    expect(readdirSync(signed.packageDir).sort()).toEqual([
      'certificate.pem',
      'determination.json',
      'letter.pdf',
      'manifest.json',
      'manifest.sig',
    ]);

    const files = readWorkspacePackage(s.t.backend.ws, signed.packageDir);
    expect(sha256(files['letter.pdf'])).toBe(signed.letterSha256);
    const scratch = mkdtempSync(join(tmpdir(), 'imr-letter-'));
    const letterFile = join(scratch, 'letter.pdf');
    writeFileSync(letterFile, files['letter.pdf']);
    const report = runPdfsig(letterFile);
    rmSync(scratch, { recursive: true, force: true });
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: RVW-0042');
    expect(report).toContain('Total document signed');

    const manifestBytes = files.manifestJson;
    expect(sha256(manifestBytes)).toBe(signed.manifestSha256);
    expect(packageManifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')))).toMatchObject({
      // The audit trail's head before signing, signed into the manifest: every receipt for it anchors the head.
      auditHead: { id: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      caseNumber: 'CM14-0012345',
      determinationVersion: 1,
      supersedesVersion: null,
    });

    expect((await s.t.call('determinations.get', { caseId: s.caseId })).locked).toBe(true);
    expect((await s.t.call('cases.get', { caseId: s.caseId })).case.status).toBe('signed');
    const state = await s.t.call('determinations.signedVersions', { caseId: s.caseId });
    expect(state).toMatchObject({
      locked: true,
      draftVersion: 1,
      identity: { exists: true, protection: 'passphrase' },
    });
    expect(state.signed).toEqual([{ ...signed }]);

    const outbox = listOutboxRows(s.t.backend.ws.db, s.caseId);
    expect(outbox).toEqual([
      expect.objectContaining({
        packageDir: join('signed', 'CM14-0012345', 'v1'),
        uploadedAt: null,
        receiptJson: null,
      }),
    ]);
    expect(outbox[0]!.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
    const preview = await s.t.call('letter.preview', { caseId: s.caseId });
    expect(preview).toMatchObject({ sha256: signed.letterSha256, signedVersion: 1, decisionDate: '2026-11-24' });
    const audit = listAuditEvents(s.t.backend.ws.db, s.caseId).find((e) => e.action === 'letter.signed');
    expect(JSON.parse(audit!.details_json)).toMatchObject({
      version: 1,
      letterSha256: signed.letterSha256,
      manifestSha256: signed.manifestSha256,
    });
  });

  it('answers LOCKED to further saves, acknowledgments and a second signature when the case is signed', async () => {
    await expect(
      s.t.call('determinations.saveSummary', { caseId: s.caseId, summary: { type: 'doc', content: [] } }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(
      s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.mri.id, decision: 'overturned' }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(
      s.t.call('checks.acknowledge', { caseId: s.caseId, key: 'CONCLUSION_MISSING@summary' }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(s.t.call('determinations.sign', { caseId: s.caseId, passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'LOCKED',
    });
  });

  it('opens version 2 superseding version 1 and leaves the signed package untouched when a new version is started', async () => {
    const [v1] = (await s.t.call('determinations.signedVersions', { caseId: s.caseId })).signed;
    const bytesBefore = readdirSync(v1!.packageDir).map((f) => sha256(readFileSync(join(v1!.packageDir, f))));
    expect(await s.t.call('determinations.newVersion', { caseId: s.caseId })).toEqual({
      version: 2,
      supersedesVersion: 1,
    });
    expect((await s.t.call('determinations.get', { caseId: s.caseId })).locked).toBe(false);
    expect((await s.t.call('cases.get', { caseId: s.caseId })).case.status).toBe('in_progress');
    await s.t.call('determinations.saveItem', { caseId: s.caseId, itemId: s.mri.id, decision: 'upheld' });

    await expect(
      s.t.call('determinations.sign', { caseId: s.caseId, passphrase: 'not the passphrase' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const v2 = await s.t.call('determinations.sign', { caseId: s.caseId, passphrase: PASSPHRASE });
    expect(v2).toMatchObject({ version: 2, supersedesVersion: 1 });
    const manifest = packageManifestSchema.parse(
      JSON.parse(readWorkspacePackage(s.t.backend.ws, v2.packageDir).manifestJson.toString('utf8')),
    );
    expect(manifest).toMatchObject({ determinationVersion: 2, supersedesVersion: 1 });
    expect(readdirSync(v1!.packageDir).map((f) => sha256(readFileSync(join(v1!.packageDir, f))))).toEqual(bytesBefore);
    const state = await s.t.call('determinations.signedVersions', { caseId: s.caseId });
    expect(state.signed.map((v) => [v.version, v.supersedesVersion])).toEqual([
      [2, 1],
      [1, null],
    ]);
    expect(listOutboxRows(s.t.backend.ws.db, s.caseId)).toHaveLength(2);
  });

  it('refuses a new version when the draft is not signed', async () => {
    await s.t.call('determinations.newVersion', { caseId: s.caseId });
    await expect(s.t.call('determinations.newVersion', { caseId: s.caseId })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});
