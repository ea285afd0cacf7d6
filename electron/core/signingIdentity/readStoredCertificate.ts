import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { identityDirFor } from './identityDirFor';
import { IDENTITY_FILES } from './signingIdentity';

export interface StoredCertificate {
  pem: string;
  /** SHA-256 of the DER: how the IMR organisation's server registers and recognises it. */
  sha256: string;
  notAfter: string;
}

/**
 * The reviewer's certificate as stored beside the sealed key (public, so no passphrase is needed), or null when
 * there is no signing identity for this reviewer ID yet. A certificate that does not match identity.json is refused.
 */
export function readStoredCertificate(dataDir: string, reviewerId: string): StoredCertificate | null {
  const dir = identityDirFor(dataDir, reviewerId);
  const certificatePath = join(dir, IDENTITY_FILES.certificate);
  if (!existsSync(certificatePath)) return null;
  const certificate = new X509Certificate(readFileSync(certificatePath));
  const sha256 = createHash('sha256').update(certificate.raw).digest('hex');
  const info = JSON.parse(readFileSync(join(dir, IDENTITY_FILES.info), 'utf8')) as { certificateSha256?: unknown };
  if (info.certificateSha256 !== sha256) return null;
  return { pem: certificate.toString(), sha256, notAfter: new Date(certificate.validTo).toISOString() };
}
