import { readDer } from './readDer';

export interface IssuerAndSerial {
  /** The issuer Name, DER-encoded exactly as in the certificate. */
  issuer: Buffer;
  /** The serialNumber INTEGER, DER-encoded exactly as in the certificate. */
  serial: Buffer;
}

/** The certificate's issuer and serial number, byte for byte, as a CMS signer identifier needs them. */
export function issuerAndSerialOf(certificateDer: Buffer): IssuerAndSerial {
  const tbs = readDer(certificateDer).children()[0];
  if (tbs === undefined) throw new Error('certificate has no tbsCertificate');
  const fields = tbs.children();
  const offset = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = fields[offset];
  const issuer = fields[offset + 2];
  if (serial?.tag !== 0x02 || issuer?.tag !== 0x30) throw new Error('certificate has no issuer and serial number');
  return { issuer: Buffer.from(issuer.bytes), serial: Buffer.from(serial.bytes) };
}
