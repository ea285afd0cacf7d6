import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../../../electron/core/db/repositories/auditRepository';
import { readWorkspacePackage } from '../../../electron/core/packages/readWorkspacePackage';
import { isEncryptedRecord } from '../../../electron/core/recordStore/encryptedRecordFormat';
import { PACKAGE_DIR_FILES } from '../../../electron/core/packages/packageFiles';
import { PACKAGES_KEY_MARKER } from '../../../electron/core/packages/reencryptWorkspacePackages';
import { verifyPackageDir } from '../../../electron/core/packages/verifyPackageDir';
import { writePackageDir } from '../../../electron/core/packages/writePackageDir';
import type { SignedVersion } from '../../../shared/ipc/contracts/signingContract';
import { completeDetermination, openSampleCase, SAMPLE_CASE_NUMBER, type SampleCase } from '../../support/sampleCase';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Text that is in the letter, the determination or the manifest: none of it may be readable on disk. */
const CLEAR_MARKERS = ['%PDF', 'cervical', SAMPLE_CASE_NUMBER, 'BEGIN CERTIFICATE', '"caseId"'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('signed packages at rest', () => {
  let s: SampleCase;
  let signed: SignedVersion;
  let scratch: string;
  beforeAll(async () => {
    s = await openSampleCase();
    await completeDetermination(s);
    signed = await s.t.call('determinations.sign', { caseId: s.caseId, passphrase: 'correct horse battery' });
    scratch = mkdtempSync(join(tmpdir(), 'imr-export-'));
  });
  afterAll(() => {
    s?.t.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('keeps no package file under signed/ in clear', () => {
    const files = filesUnder(join(s.t.dataDir, 'signed'));
    expect(files.map((f) => f.slice(signed.packageDir.length + 1)).sort()).toEqual([
      'certificate.pem',
      'determination.json',
      'letter.pdf',
      'manifest.json',
      'manifest.sig',
    ]);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(isEncryptedRecord(bytes), file).toBe(true);
      for (const marker of CLEAR_MARKERS) expect(bytes.includes(marker), `${file} contains ${marker}`).toBe(false);
    }
    const clear = readWorkspacePackage(s.t.backend.ws, signed.packageDir);
    expect(sha256(clear['letter.pdf'])).toBe(signed.letterSha256);
    expect(sha256(clear.manifestJson)).toBe(signed.manifestSha256);
    expect(clear['letter.pdf'].subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('previews the signed letter itself', async () => {
    const preview = await s.t.call('letter.preview', { caseId: s.caseId });
    expect(preview).toMatchObject({ sha256: signed.letterSha256, signedVersion: 1 });
    expect(Buffer.from(preview.pdfBase64, 'base64').subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('exports a clear package that verify accepts, recorded in the audit trail, and refuses a folder in use', async () => {
    const dir = join(scratch, 'for-the-organisation');
    const exported = await s.t.call('determinations.exportPackage', { caseId: s.caseId, targetDir: dir });
    expect(exported).toMatchObject({ version: 1, dir, manifestSha256: signed.manifestSha256 });
    expect(readFileSync(join(dir, 'letter.pdf')).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const verdict = await verifyPackageDir(dir);
    expect(verdict.problems).toEqual([]);
    expect(verdict.valid).toBe(true);
    const audit = listAuditEvents(s.t.backend.ws.db, s.caseId).filter((e) => e.action === 'letter.exported');
    expect(audit.map((e) => JSON.parse(e.details_json) as unknown)).toEqual([
      { version: 1, manifestSha256: signed.manifestSha256, as: 'folder' },
    ]);
    await expect(s.t.call('determinations.exportPackage', { caseId: s.caseId, targetDir: dir })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      s.t.call('determinations.exportPackage', { caseId: 'no-such-case', targetDir: join(scratch, 'none') }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('still reads a package written in clear before encryption at rest, and encrypts it at the next open', async () => {
    const clear = readWorkspacePackage(s.t.backend.ws, signed.packageDir);
    const { manifestJson, manifestSig, ...named } = clear;
    writePackageDir(signed.packageDir, { files: named, manifestJson, manifestSig });
    // As in a workspace from before encryption at rest: no pass has marked the packages encrypted yet.
    rmSync(join(s.t.dataDir, 'signed', PACKAGES_KEY_MARKER), { force: true });
    expect(readFileSync(join(signed.packageDir, 'letter.pdf')).subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect((await s.t.call('letter.preview', { caseId: s.caseId })).sha256).toBe(signed.letterSha256);

    await s.t.restart();
    for (const [, fileName] of PACKAGE_DIR_FILES)
      expect(isEncryptedRecord(readFileSync(join(signed.packageDir, fileName))), fileName).toBe(true);
    const reread = readWorkspacePackage(s.t.backend.ws, signed.packageDir);
    for (const [key] of PACKAGE_DIR_FILES) expect(reread[key].equals(clear[key]), key).toBe(true);
    expect((await s.t.call('letter.preview', { caseId: s.caseId })).sha256).toBe(signed.letterSha256);
  });

  it('answers BAD_FILE naming the file when an encrypted package file was changed', () => {
    const path = join(signed.packageDir, 'determination.json');
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01;
    writeFileSync(path, bytes);
    expect(() => readWorkspacePackage(s.t.backend.ws, signed.packageDir)).toThrow(
      expect.objectContaining({ code: 'BAD_FILE', details: { kind: 'packageFile', file: 'determination.json' } }),
    );
  });
});
