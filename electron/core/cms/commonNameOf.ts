import type { X509Certificate } from 'node:crypto';

/** The subject CN of a certificate, or null when it has none. */
export function commonNameOf(certificate: X509Certificate): string | null {
  const line = certificate.subject.split('\n').find((l) => l.startsWith('CN='));
  return line === undefined ? null : line.slice(3);
}
