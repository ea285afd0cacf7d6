import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../../../electron/core/db/repositories/auditRepository';
import { verifyPackageDir } from '../../../electron/core/packages/verifyPackageDir';
import type { SignedVersion } from '../../../shared/ipc/contracts/signingContract';
import { completeDetermination, openSampleCase, SAMPLE_CASE_NUMBER, type SampleCase } from '../../support/sampleCase';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('saving, printing and exporting the signed letter', () => {
  let s: SampleCase;
  let signed: SignedVersion;
  let scratch: string;
  beforeAll(async () => {
    s = await openSampleCase();
    await completeDetermination(s);
    signed = await s.t.call('determinations.sign', { caseId: s.caseId, passphrase: 'correct horse battery' });
    scratch = mkdtempSync(join(tmpdir(), 'imr-save-'));
  });
  afterAll(() => {
    s?.t.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('offers the signed letter itself for Save PDF: byte-identical to the package', async () => {
    const preview = await s.t.call('letter.preview', { caseId: s.caseId });
    const bytes = Buffer.from(preview.pdfBase64, 'base64');
    expect(preview.signedVersion).toBe(1);
    expect(sha256(bytes)).toBe(signed.letterSha256);
    expect(preview.sha256).toBe(signed.letterSha256);
  });

  it('notes a saved or printed letter in the audit trail by its hash', async () => {
    await s.t.call('letter.recordSaved', { caseId: s.caseId, sha256: signed.letterSha256, as: 'pdf' });
    await s.t.call('letter.recordSaved', { caseId: s.caseId, sha256: signed.letterSha256, as: 'print' });
    const events = listAuditEvents(s.t.backend.ws.db, s.caseId).filter((e) => e.action === 'letter.exported');
    expect(events.map((e) => JSON.parse(e.details_json) as unknown)).toEqual(
      expect.arrayContaining([
        { sha256: signed.letterSha256, as: 'pdf' },
        { sha256: signed.letterSha256, as: 'print' },
      ]),
    );
  });

  it('downloads the signed package as a zip whose unpacked folder verifies, every file as signed', async () => {
    const archive = await s.t.call('determinations.packageArchive', { caseId: s.caseId });
    expect(archive).toMatchObject({
      fileName: `${SAMPLE_CASE_NUMBER}-v1.zip`,
      version: 1,
      manifestSha256: signed.manifestSha256,
    });
    const files = unzipSync(Buffer.from(archive.zipBase64, 'base64'));
    const names = Object.keys(files).sort();
    expect(names).toEqual(
      ['certificate.pem', 'determination.json', 'letter.pdf', 'manifest.json', 'manifest.sig'].map(
        (n) => `${SAMPLE_CASE_NUMBER}-v1/${n}`,
      ),
    );
    const dir = join(scratch, 'unzipped');
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const folder = join(dir, `${SAMPLE_CASE_NUMBER}-v1`);
    expect(sha256(readFileSync(join(folder, 'letter.pdf')))).toBe(signed.letterSha256);
    expect(await verifyPackageDir(folder)).toMatchObject({ valid: true, problems: [] });
  });

  it('refuses to archive a case that has no signed version, saying how to get one', async () => {
    const other = (await s.t.call('cases.list', {})).find((c) => c.id !== s.caseId);
    await expect(s.t.call('determinations.packageArchive', { caseId: other?.id ?? 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
