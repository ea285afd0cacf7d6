import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkspacePackage } from '../../../electron/core/packages/readWorkspacePackage';
import { osKeyAccess, passphraseKeyAccess } from '../../../electron/core/signingIdentity/signingKeyAccess';
import type { SecretProtector } from '../../../electron/core/signingIdentity/secretProtector';
import { completeDetermination, openSampleCase, type SampleCase } from '../../support/sampleCase';
import { runPdfsig } from '../../support/runPdfsig';

/** Stands in for Electron safeStorage, which only the desktop main process has. */
const fakeKeychain: SecretProtector = {
  kind: 'safeStorage',
  protect: (plain) => Buffer.from(plain.map((b) => b ^ 0x5a)),
  unprotect: (sealed) => Buffer.from(sealed.map((b) => b ^ 0x5a)),
};

describe('signing key access', () => {
  let s: SampleCase;
  beforeAll(async () => {
    s = await openSampleCase({ signingKeys: osKeyAccess(fakeKeychain) });
    await completeDetermination(s);
  });
  afterAll(() => {
    s?.t.dispose();
  });

  it('signs without a passphrase and seals the new key with the OS protector when the desktop plugs its keychain in', async () => {
    expect((await s.t.call('determinations.signedVersions', { caseId: s.caseId })).identity).toEqual({
      exists: false,
      protection: 'os',
    });
    const signed = await s.t.call('determinations.sign', { caseId: s.caseId });
    const letterFile = join(s.t.dataDir, 'letter-for-pdfsig.pdf');
    writeFileSync(letterFile, readWorkspacePackage(s.t.backend.ws, signed.packageDir)['letter.pdf']);
    expect(runPdfsig(letterFile)).toContain('Signature Validation: Signature is Valid.');
    const identityDir = join(s.t.dataDir, 'signing-identity', 'RVW-0042');
    expect(JSON.parse(readFileSync(join(identityDir, 'identity.json'), 'utf8'))).toMatchObject({
      protector: 'safeStorage',
      reviewerId: 'RVW-0042',
    });
    expect(existsSync(join(identityDir, 'signing-key.sealed'))).toBe(true);
    expect((await s.t.call('determinations.signedVersions', { caseId: s.caseId })).identity).toEqual({
      exists: true,
      protection: 'os',
    });
  });

  it('asks for the desktop app when the browser shell meets a keychain-sealed key', async () => {
    await s.t.restart({ signingKeys: passphraseKeyAccess });
    await s.t.call('determinations.newVersion', { caseId: s.caseId });
    await expect(
      s.t.call('determinations.sign', { caseId: s.caseId, passphrase: 'whatever passphrase' }),
    ).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringMatching(/desktop app/),
    });
  });
});
