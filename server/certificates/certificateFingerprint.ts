import { createHash, X509Certificate } from 'node:crypto';

export interface CertificateFacts {
  /** SHA-256 of the DER encoding, lowercase hex: the certificate's identity on this server. */
  sha256: string;
  subject: string;
  subjectValues: string[];
  notAfter: string;
}

/** Reads a PEM certificate; throws Node's own error when the text is not one. */
export function certificateFingerprint(pem: string | Buffer): CertificateFacts {
  const cert = new X509Certificate(pem);
  return {
    sha256: createHash('sha256').update(cert.raw).digest('hex'),
    subject: cert.subject,
    subjectValues: cert.subject.split('\n').map((line) => line.slice(line.indexOf('=') + 1)),
    notAfter: new Date(cert.validTo).toISOString(),
  };
}
