import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderLetterPdf } from '../../electron/core/letters/renderLetterPdf';
import { createPassphraseProtector } from '../../electron/core/signingIdentity/createPassphraseProtector';
import { createSigningIdentity } from '../../electron/core/signingIdentity/createSigningIdentity';
import type { SigningIdentity } from '../../electron/core/signingIdentity/signingIdentity';
import { buildLetterModel } from '../../shared/domain/letter/buildLetterModel';
import { sampleLetterInput } from '../shared/domain/letter/sampleLetterInput';

export const PASSPHRASE = 'correct horse battery staple';
/** Cheap scrypt for tests; production seals use the default cost. */
export const testProtector = (passphrase = PASSPHRASE) => createPassphraseProtector(passphrase, { costLog2: 12 });

export interface TempDir {
  path: string;
  remove: () => void;
}

export function tempDir(prefix = 'imr-signing-'): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function testIdentity(dir: string, reviewerId = 'RVW-0001'): Promise<SigningIdentity> {
  return createSigningIdentity({
    reviewerId,
    protector: testProtector(),
    identityDir: join(dir, `identity-${reviewerId}`),
  });
}

export async function sampleLetterPdf(): Promise<Uint8Array> {
  return renderLetterPdf(buildLetterModel(sampleLetterInput()));
}

/** A PKCS#12 file made by OpenSSL (its current defaults: AES-256-CBC, PBKDF2, SHA-256 MAC). */
export function opensslPkcs12(dir: string, subject: string, passphrase: string): Buffer {
  const key = join(dir, 'p12-key.pem');
  const cert = join(dir, 'p12-cert.pem');
  const out = join(dir, 'identity.p12');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', subject, '-keyout', key, '-out', cert, '-days', '30'],
    { stdio: 'ignore' },
  );
  execFileSync(
    'openssl',
    ['pkcs12', '-export', '-inkey', key, '-in', cert, '-passout', `pass:${passphrase}`, '-out', out],
    { stdio: 'ignore' },
  );
  return execFileSync('cat', [out]);
}
