import { randomBytes, type KeyObject } from 'node:crypto';
import type forge from 'node-forge';
import { APP_NAME } from '../../../shared/appName';

const VALIDITY_YEARS = 5;

/** A self-signed certificate for `privateKey`: subject and issuer CN = reviewer ID, O = the app; never a person's name. */
export async function createSelfSignedCertificate(
  reviewerId: string,
  privateKey: KeyObject,
  now: Date,
): Promise<string> {
  const { default: forge } = await import('node-forge');
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  ) as forge.pki.rsa.PrivateKey;
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.rsa.setPublicKey(key.n, key.e);
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  certificate.serialNumber = serial.toString('hex');
  // An hour of slack so a clock a little behind still sees the certificate as valid.
  certificate.validity.notBefore = new Date(now.getTime() - 3_600_000);
  certificate.validity.notAfter = new Date(now.getTime());
  certificate.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALIDITY_YEARS);
  const name = [
    { name: 'commonName', value: reviewerId },
    { name: 'organizationName', value: APP_NAME },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(key, forge.md.sha256.create());
  return forge.pki.certificateToPem(certificate);
}
