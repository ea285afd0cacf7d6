import { sign, verify, X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSigningIdentity } from '../../../electron/core/signingIdentity/createSigningIdentity';
import { importPkcs12 } from '../../../electron/core/signingIdentity/importPkcs12';
import { loadSigningIdentity } from '../../../electron/core/signingIdentity/loadSigningIdentity';
import { AppError } from '../../../shared/ipc/appError';
import { DEMO_REVIEWER_PROFILE } from '../../../shared/domain/reviewerProfile';
import { opensslPkcs12, tempDir, testProtector, type TempDir } from '../../support/signingFixtures';

async function codeOf(fn: () => unknown): Promise<string | null> {
  try {
    await fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
}

let dir: TempDir;
afterEach(() => dir.remove());

describe('createSigningIdentity', () => {
  it('makes an RSA-2048 self-signed certificate naming only the reviewer ID and the app when created', async () => {
    dir = tempDir();
    const identity = await createSigningIdentity({
      reviewerId: 'RVW-0001',
      protector: testProtector(),
      identityDir: join(dir.path, 'id'),
    });
    const cert = new X509Certificate(identity.certificatePem);
    expect(cert.subject).toBe('CN=RVW-0001\nO=IMR Reviewer Workstation');
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(identity.reviewerId).toBe('RVW-0001');
    for (const secret of [DEMO_REVIEWER_PROFILE.name, DEMO_REVIEWER_PROFILE.email, 'Whitfield'])
      expect(cert.toString()).not.toContain(secret);
  });

  it('stores owner-only files with the key sealed when saved to the identity folder', async () => {
    dir = tempDir();
    const identityDir = join(dir.path, 'id');
    const identity = await createSigningIdentity({ reviewerId: 'RVW-0001', protector: testProtector(), identityDir });
    expect(statSync(identityDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(identityDir).sort();
    expect(files).toEqual(['certificate.pem', 'identity.json', 'signing-key.sealed']);
    for (const file of files) expect(statSync(join(identityDir, file)).mode & 0o777).toBe(0o600);
    const pkcs8 = identity.privateKey.export({ format: 'der', type: 'pkcs8' });
    const sealed = readFileSync(join(identityDir, 'signing-key.sealed'));
    expect(sealed.includes(pkcs8.subarray(40, 80))).toBe(false);
  });

  it('loads the same identity back when the passphrase is right, and refuses when it is wrong', async () => {
    dir = tempDir();
    const identityDir = join(dir.path, 'id');
    const created = await createSigningIdentity({ reviewerId: 'RVW-0001', protector: testProtector(), identityDir });
    const loaded = loadSigningIdentity(identityDir, testProtector());
    expect(loaded.certificateSha256).toBe(created.certificateSha256);
    const data = Buffer.from('manifest');
    expect(
      verify(
        'sha256',
        data,
        new X509Certificate(created.certificatePem).publicKey,
        sign('sha256', data, loaded.privateKey),
      ),
    ).toBe(true);
    expect(await codeOf(() => loadSigningIdentity(identityDir, testProtector('not the passphrase')))).toBe(
      'UNAUTHORIZED',
    );
    expect(await codeOf(() => loadSigningIdentity(join(dir.path, 'nowhere'), testProtector()))).toBe('NOT_FOUND');
  });

  it("says why a damaged certificate file cannot be read, with OpenSSL's reason", async () => {
    dir = tempDir();
    const identityDir = join(dir.path, 'id');
    const created = await createSigningIdentity({ reviewerId: 'RVW-0001', protector: testProtector(), identityDir });
    const cut = created.certificatePem.replace(/\n[^\n]+\n-----END/, '\n-----END');
    writeFileSync(join(identityDir, 'certificate.pem'), cut);
    expect(() => loadSigningIdentity(identityDir, testProtector())).toThrow(
      /^The signing certificate cannot be read \(.*(asn1|error|decod|header).*\)\. Create or import/i,
    );
  });

  it('refuses to overwrite an identity with CONFLICT unless asked to replace it', async () => {
    dir = tempDir();
    const identityDir = join(dir.path, 'id');
    const first = await createSigningIdentity({ reviewerId: 'RVW-0001', protector: testProtector(), identityDir });
    expect(
      await codeOf(() => createSigningIdentity({ reviewerId: 'RVW-0001', protector: testProtector(), identityDir })),
    ).toBe('CONFLICT');
    const second = await createSigningIdentity({
      reviewerId: 'RVW-0001',
      protector: testProtector(),
      identityDir,
      replace: true,
    });
    expect(second.certificateSha256).not.toBe(first.certificateSha256);
    expect(loadSigningIdentity(identityDir, testProtector()).certificateSha256).toBe(second.certificateSha256);
  });

  it('rejects with INVALID_INPUT when the reviewer ID looks like a name', async () => {
    dir = tempDir();
    expect(
      await codeOf(() =>
        createSigningIdentity({
          reviewerId: 'Dana Whitfield',
          protector: testProtector(),
          identityDir: join(dir.path, 'id'),
        }),
      ),
    ).toBe('INVALID_INPUT');
  });
});

describe('importPkcs12', () => {
  it('imports an OpenSSL PKCS#12 file and stores it sealed when the certificate names the reviewer ID', async () => {
    dir = tempDir();
    const p12 = opensslPkcs12(dir.path, '/CN=RVW-0002/O=IMR Reviewer Workstation', 'p12 secret');
    const identityDir = join(dir.path, 'id');
    const identity = await importPkcs12(p12, 'p12 secret', testProtector(), { identityDir, reviewerId: 'RVW-0002' });
    expect(identity.reviewerId).toBe('RVW-0002');
    expect(loadSigningIdentity(identityDir, testProtector()).certificateSha256).toBe(identity.certificateSha256);
  });

  it('refuses with UNAUTHORIZED when the PKCS#12 passphrase is wrong', async () => {
    dir = tempDir();
    const p12 = opensslPkcs12(dir.path, '/CN=RVW-0002', 'p12 secret');
    expect(
      await codeOf(() =>
        importPkcs12(p12, 'wrong', testProtector(), { identityDir: join(dir.path, 'id'), reviewerId: 'RVW-0002' }),
      ),
    ).toBe('UNAUTHORIZED');
  });

  it('refuses with INVALID_INPUT when the certificate names a person rather than the reviewer ID', async () => {
    dir = tempDir();
    const p12 = opensslPkcs12(dir.path, '/CN=Dana Whitfield', 'p12 secret');
    expect(
      await codeOf(() =>
        importPkcs12(p12, 'p12 secret', testProtector(), { identityDir: join(dir.path, 'id'), reviewerId: 'RVW-0001' }),
      ),
    ).toBe('INVALID_INPUT');
  });

  it('refuses with BAD_FILE when the bytes are not PKCS#12', async () => {
    dir = tempDir();
    expect(
      await codeOf(() =>
        importPkcs12(Buffer.from('hello'), 'x', testProtector(), {
          identityDir: join(dir.path, 'id'),
          reviewerId: 'RVW-0001',
        }),
      ),
    ).toBe('BAD_FILE');
  });
});
