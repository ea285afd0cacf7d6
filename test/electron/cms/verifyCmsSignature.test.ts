import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsSignature } from '../../../electron/core/cms/createCmsSignature';
import type { SigningIdentity } from '../../../electron/core/signingIdentity/signingIdentity';
import { verifyCmsSignature } from '../../../electron/core/cms/verifyCmsSignature';
import { tempDir, testIdentity, type TempDir } from '../../support/signingFixtures';

let dir: TempDir;
let identity: SigningIdentity;
let other: SigningIdentity;
const content = Buffer.from('{"format":"imr-determination-package/1"}');

beforeAll(async () => {
  dir = tempDir();
  [identity, other] = [await testIdentity(dir.path, 'RVW-0001'), await testIdentity(dir.path, 'RVW-0002')];
});
afterAll(() => dir.remove());

function opensslSign(bytes: Buffer): Buffer {
  const [data, cert, key, out] = ['data.bin', 'cert.pem', 'key.pem', 'sig.der'].map((f) => join(dir.path, f)) as [
    string,
    string,
    string,
    string,
  ];
  writeFileSync(data, bytes);
  writeFileSync(cert, identity.certificatePem);
  writeFileSync(key, identity.privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  execFileSync('openssl', [
    'cms',
    '-sign',
    '-binary',
    '-outform',
    'DER',
    '-md',
    'sha256',
    '-in',
    data,
    '-signer',
    cert,
    '-inkey',
    key,
    '-out',
    out,
  ]);
  return readFileSync(out);
}

describe('verifyCmsSignature', () => {
  it('accepts a detached signature made by openssl cms -sign with the same key', () => {
    expect(verifyCmsSignature(opensslSign(content), content, new X509Certificate(identity.certificatePem))).toEqual({
      ok: true,
    });
  });

  it('accepts its own signature and gives the same bytes when signing the same content twice', () => {
    const key = { certificateDer: identity.certificateDer, privateKey: identity.privateKey };
    const signature = createCmsSignature(content, key);
    expect(createCmsSignature(content, key).equals(signature)).toBe(true);
    expect(verifyCmsSignature(signature, content, new X509Certificate(identity.certificatePem))).toEqual({ ok: true });
  });

  it('reports DIGEST_MISMATCH when the content changed and WRONG_SIGNER when checked against another certificate', () => {
    const signature = createCmsSignature(content, {
      certificateDer: identity.certificateDer,
      privateKey: identity.privateKey,
    });
    const check = verifyCmsSignature(
      signature,
      Buffer.concat([content, Buffer.from(' ')]),
      new X509Certificate(identity.certificatePem),
    );
    expect(check.ok ? null : check.reason).toBe('DIGEST_MISMATCH');
    const wrong = verifyCmsSignature(signature, content, new X509Certificate(other.certificatePem));
    expect(wrong.ok ? null : wrong.reason).toBe('WRONG_SIGNER');
  });

  it('reports SIGNATURE_INVALID when another key signed under this certificate', () => {
    const forged = createCmsSignature(content, {
      certificateDer: identity.certificateDer,
      privateKey: other.privateKey,
    });
    const check = verifyCmsSignature(forged, content, new X509Certificate(identity.certificatePem));
    expect(check.ok ? null : check.reason).toBe('SIGNATURE_INVALID');
  });

  it('reports MALFORMED when the bytes are not CMS', () => {
    const check = verifyCmsSignature(Buffer.from('not der'), content, new X509Certificate(identity.certificatePem));
    expect(check.ok ? null : check.reason).toBe('MALFORMED');
  });
});
