import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedPackage } from '../../../electron/core/packages/buildSignedPackage';
import { writePackageDir } from '../../../electron/core/packages/writePackageDir';
import { determinationSchema } from '../../../shared/domain/determination';
import { completeDetermination, openSampleCase, OWN_PROFILE, type SampleCase } from '../../support/sampleCase';
import { runCli } from '../../support/runCli';
import { createTestSigner } from '../sync/support/signForTest';

describe('verify and the signer', () => {
  let s: SampleCase;
  let scratch: string;
  let genuine: string;
  let forged: string;
  let genuineSha: string;
  let forgedCert: string;

  beforeAll(async () => {
    s = await openSampleCase();
    await completeDetermination(s);
    await s.t.call('determinations.sign', { caseId: s.caseId, passphrase: 'correct horse battery' });
    scratch = mkdtempSync(join(tmpdir(), 'imr-verify-trust-'));
    genuine = (
      await s.t.call('determinations.exportPackage', { caseId: s.caseId, targetDir: join(scratch, 'genuine') })
    ).dir;
    genuineSha = createHash('sha256')
      .update(new X509Certificate(readFileSync(join(genuine, 'certificate.pem'))).raw)
      .digest('hex');
    // An attacker's package: the same determination, re-signed with their own key and a certificate naming the reviewer.
    const attacker = await createTestSigner(OWN_PROFILE.reviewerId);
    const manifest = JSON.parse(readFileSync(join(genuine, 'manifest.json'), 'utf8')) as {
      caseId: string;
      caseNumber: string;
      determinationVersion: number;
      supersedesVersion: number | null;
      signedAt: string;
    };
    const pkg = buildSignedPackage({
      letterPdf: attacker.letter,
      determination: determinationSchema.parse(JSON.parse(readFileSync(join(genuine, 'determination.json'), 'utf8'))),
      manifest: { ...manifest, signedAt: new Date().toISOString() },
      identity: attacker.identity,
    });
    forged = join(scratch, 'forged');
    writePackageDir(forged, pkg);
    forgedCert = join(scratch, 'attacker.pem');
    writeFileSync(forgedCert, attacker.identity.certificatePem);
    // A key-file workspace, as the command line opens it; closed so nothing else holds it.
    s.t.backend.close();
    writeFileSync(join(s.t.dataDir, 'workspace.key'), s.t.key.toString('hex'), { mode: 0o600 });
  }, 120_000);
  afterAll(() => {
    s?.t.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const noWorkspace = () => join(scratch, 'no-workspace');

  it('never says VERIFIED for a package re-signed by a self-signed certificate that claims the reviewer ID', async () => {
    const plain = await runCli(noWorkspace(), ['verify', forged]);
    expect(plain.code).toBe(3);
    expect(plain.out).toMatch(new RegExp(`SIGNATURE INTACT, SIGNER NOT VERIFIED: .*CN=${OWN_PROFILE.reviewerId}`));
    expect(plain.out).not.toMatch(/^VERIFIED/m);
    const pinned = await runCli(noWorkspace(), ['verify', forged, '--trust', genuineSha]);
    expect(pinned.code).toBe(3);
    const inWorkspace = await runCli(s.t.dataDir, ['verify', forged]);
    expect(inWorkspace.code).toBe(3);
  }, 120_000);

  it("says VERIFIED only for the reviewer's pinned certificate or the workspace's own identity", async () => {
    const unpinned = await runCli(noWorkspace(), ['verify', genuine]);
    expect(unpinned.code).toBe(3);
    expect((await runCli(noWorkspace(), ['verify', genuine, '--trust', genuineSha])).code).toBe(0);
    const own = await runCli(s.t.dataDir, ['verify', genuine]);
    expect(own).toMatchObject({
      code: 0,
      out: expect.stringMatching(
        new RegExp(`VERIFIED: .*this workspace's own signing identity ${OWN_PROFILE.reviewerId}`),
      ),
    });
  }, 120_000);

  it('trusts another signer only once it is added to the workspace trust store, and no longer once removed', async () => {
    expect((await runCli(s.t.dataDir, ['trust', 'add', forgedCert, 'checked by phone'])).code).toBe(0);
    const listed = await runCli(s.t.dataDir, ['trust', 'list']);
    expect(listed.out).toMatch(new RegExp(`added\\s+${OWN_PROFILE.reviewerId}\\s+checked by phone`));
    expect((await runCli(s.t.dataDir, ['verify', forged])).code).toBe(0);
    const sha = /([0-9a-f]{64})\s+added/.exec(listed.out)?.[1] ?? '';
    expect((await runCli(s.t.dataDir, ['trust', 'remove', sha])).code).toBe(0);
    expect((await runCli(s.t.dataDir, ['verify', forged])).code).toBe(3);
  }, 120_000);
});
