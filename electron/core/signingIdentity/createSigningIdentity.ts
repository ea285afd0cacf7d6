import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { assertReviewerId } from './assertReviewerId';
import { createSelfSignedCertificate } from './createSelfSignedCertificate';
import { saveSigningIdentity } from './saveSigningIdentity';
import type { SecretProtector } from './secretProtector';
import type { SigningIdentity } from './signingIdentity';
import { toSigningIdentity } from './toSigningIdentity';

export interface CreateSigningIdentityInput {
  reviewerId: string;
  protector: SecretProtector;
  /** Where the sealed key and certificate live (created 0700; files 0600). */
  identityDir: string;
  /** Replace an identity already stored there. */
  replace?: boolean;
  now?: Date;
}

/** A new RSA-2048 key and pseudonymous self-signed certificate, stored sealed in `identityDir`. */
export async function createSigningIdentity(input: CreateSigningIdentityInput): Promise<SigningIdentity> {
  assertReviewerId(input.reviewerId);
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const identity = toSigningIdentity(
    await createSelfSignedCertificate(input.reviewerId, privateKey, input.now ?? new Date()),
    privateKey,
  );
  saveSigningIdentity(input.identityDir, identity, input.protector, input.replace);
  return identity;
}
