import { createHash, X509Certificate, type KeyObject } from 'node:crypto';
import { errorMessage } from '../../../shared/errorMessage';
import { AppError } from '../../../shared/ipc';
import { commonNameOf } from '../cms';
import type { SigningIdentity } from './signingIdentity';

/** Pairs a certificate with its private key, checking they belong together; the reviewer ID is the certificate's CN. */
export function toSigningIdentity(certificatePem: string, privateKey: KeyObject): SigningIdentity {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
  } catch (error) {
    // OpenSSL's reason goes with it: support can tell a damaged file from a certificate it does not accept.
    throw new AppError(
      'BAD_FILE',
      `The signing certificate cannot be read (${errorMessage(error)}). Create or import your signing identity again.`,
    );
  }
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new AppError(
      'BAD_FILE',
      'The signing key does not belong to the signing certificate. Create or import your signing identity again.',
    );
  }
  const reviewerId = commonNameOf(certificate);
  if (reviewerId === null)
    throw new AppError(
      'BAD_FILE',
      'The signing certificate names no reviewer ID (subject CN). Use a certificate issued to your reviewer ID.',
    );
  return {
    reviewerId,
    certificatePem: certificate.toString(),
    certificateDer: certificate.raw,
    certificateSha256: createHash('sha256').update(certificate.raw).digest('hex'),
    privateKey,
  };
}
