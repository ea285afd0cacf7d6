import { createHash, X509Certificate } from 'node:crypto';

export interface CertificateFacts {
  /** SHA-256 of the DER encoding, lowercase hex: the certificate's identity on this server. */
  sha256: string;
  subject: string;
  /** The subject CN: a reviewer's certificate is issued to the reviewer id. */
  commonName: string | null;
  notAfter: string;
}

/** Reads a PEM certificate; throws Node's own error when the text is not one. */
export function certificateFingerprint(pem: string | Buffer): CertificateFacts {
  const cert = new X509Certificate(pem);
  return {
    sha256: createHash('sha256').update(cert.raw).digest('hex'),
    subject: cert.subject,
    commonName:
      cert.subject
        .split('\n')
        .find((line) => line.startsWith('CN='))
        ?.slice(3) ?? null,
    notAfter: new Date(cert.validTo).toISOString(),
  };
}
