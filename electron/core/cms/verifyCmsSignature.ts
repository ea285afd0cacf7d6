import { createHash, verify, type X509Certificate } from 'node:crypto';
import { CMS_OIDS, DIGEST_NAMES } from './cmsOids';
import { issuerAndSerialOf } from './issuerAndSerialOf';
import { readCmsSignature, type CmsSignatureParts } from './readCmsSignature';
import { errorMessage } from '../../../shared/errorMessage';

export type CmsCheck =
  | { ok: true }
  | { ok: false; reason: 'MALFORMED' | 'WRONG_SIGNER' | 'SIGNATURE_INVALID' | 'DIGEST_MISMATCH'; detail: string };

const SIGNATURE_ALGORITHMS = new Set<string>([
  CMS_OIDS.rsaEncryption,
  CMS_OIDS.sha256WithRsa,
  CMS_OIDS.ecdsaWithSha256,
]);

/**
 * Verifies a detached CMS signature over `content` against one expected certificate: the signer is that certificate,
 * its key signed the signed attributes, and their messageDigest is the content's digest.
 */
export function verifyCmsSignature(cms: Buffer, content: Buffer, certificate: X509Certificate): CmsCheck {
  let parts: CmsSignatureParts;
  try {
    parts = readCmsSignature(cms);
  } catch (error) {
    return { ok: false, reason: 'MALFORMED', detail: errorMessage(error) };
  }
  const digestName = DIGEST_NAMES[parts.digestAlgorithm];
  if (digestName === undefined || !SIGNATURE_ALGORITHMS.has(parts.signatureAlgorithm)) {
    return {
      ok: false,
      reason: 'MALFORMED',
      detail: `unsupported algorithms ${parts.digestAlgorithm} / ${parts.signatureAlgorithm}`,
    };
  }
  const expected = issuerAndSerialOf(certificate.raw);
  const namesSigner = parts.signerIssuer.equals(expected.issuer) && parts.signerSerial.equals(expected.serial);
  const embedded = parts.certificates.length === 0 || parts.certificates.some((c) => c.equals(certificate.raw));
  if (!namesSigner || !embedded)
    return { ok: false, reason: 'WRONG_SIGNER', detail: 'signed with a different certificate' };
  let signatureHolds: boolean;
  try {
    signatureHolds = verify(digestName, parts.signedAttributes, certificate.publicKey, parts.signature);
  } catch {
    signatureHolds = false;
  }
  if (!signatureHolds)
    return {
      ok: false,
      reason: 'SIGNATURE_INVALID',
      detail: "the signature does not verify with the certificate's key",
    };
  const digest = createHash(digestName).update(content).digest();
  if (parts.messageDigest === null || !parts.messageDigest.equals(digest)) {
    return { ok: false, reason: 'DIGEST_MISMATCH', detail: 'the signed content was changed after signing' };
  }
  return { ok: true };
}
