import type { KeyObject } from 'node:crypto';

/** The reviewer's pseudonymous signing identity: a key and a self-signed certificate whose subject is the reviewer ID. */
export interface SigningIdentity {
  reviewerId: string;
  certificatePem: string;
  certificateDer: Buffer;
  /** SHA-256 of the certificate's DER, hex: how the IMRO registers and recognises it. */
  certificateSha256: string;
  privateKey: KeyObject;
}

export const IDENTITY_FILES = {
  sealedKey: 'signing-key.sealed',
  certificate: 'certificate.pem',
  info: 'identity.json',
} as const;
