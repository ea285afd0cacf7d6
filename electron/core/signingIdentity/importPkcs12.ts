import { createPrivateKey } from 'node:crypto';
import type forge from 'node-forge';
import { AppError } from '../../../shared/ipc';
import { assertReviewerId } from './assertReviewerId';
import { saveSigningIdentity } from './saveSigningIdentity';
import type { SecretProtector } from './secretProtector';
import type { SigningIdentity } from './signingIdentity';
import { toSigningIdentity } from './toSigningIdentity';

export interface ImportPkcs12Options {
  identityDir: string;
  /** The certificate's subject CN must be this ID: a certificate naming the reviewer would reveal them in every package. */
  reviewerId: string;
  replace?: boolean;
}

/** Imports an RSA key and its certificate from a PKCS#12 (.p12/.pfx) file and stores them sealed like a created identity. */
export async function importPkcs12(
  p12Bytes: Buffer,
  passphrase: string,
  protector: SecretProtector,
  options: ImportPkcs12Options,
): Promise<SigningIdentity> {
  assertReviewerId(options.reviewerId);
  const { default: forge } = await import('node-forge');
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12Bytes.toString('binary')), false, passphrase);
  } catch (error) {
    const wrongPassword = error instanceof Error && /password|mac/i.test(error.message);
    throw new AppError(
      wrongPassword ? 'UNAUTHORIZED' : 'BAD_FILE',
      wrongPassword
        ? 'That passphrase does not open the PKCS#12 file. Check it and try again.'
        : 'This file is not a PKCS#12 (.p12/.pfx) file this app can read.',
    );
  }
  const keyBag = [forge.pki.oids.pkcs8ShroudedKeyBag, forge.pki.oids.keyBag]
    .flatMap((bagType) => p12.getBags({ bagType: bagType as string })[bagType as string] ?? [])
    .find((bag) => bag.key !== undefined);
  if (keyBag?.key === undefined)
    throw new AppError('BAD_FILE', 'The PKCS#12 file holds no RSA private key this app can use.');
  const privateKey = createPrivateKey(forge.pki.privateKeyToPem(keyBag.key));
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag as string })[forge.pki.oids.certBag as string] ?? [];
  const matching = certBags
    .flatMap((bag) => (bag.cert ? [forge.pki.certificateToPem(bag.cert)] : []))
    .map((pem) => {
      try {
        return toSigningIdentity(pem, privateKey);
      } catch {
        return null;
      }
    });
  const identity = matching.find((m) => m !== null);
  if (!identity) throw new AppError('BAD_FILE', 'The PKCS#12 file has no certificate for its private key.');
  if (identity.reviewerId !== options.reviewerId) {
    throw new AppError(
      'INVALID_INPUT',
      `The certificate is issued to "${identity.reviewerId}", not to your reviewer ID ${options.reviewerId}. Signed packages carry the certificate, so it must name only your reviewer ID.`,
    );
  }
  saveSigningIdentity(options.identityDir, identity, protector, options.replace);
  return identity;
}
