import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc';
import { ensurePrivateDir, writeFileAtomic } from '../files';
import type { SecretProtector } from './secretProtector';
import { IDENTITY_FILES, type SigningIdentity } from './signingIdentity';

export const IDENTITY_FORMAT = 'imr-signing-identity/1';

/** Stores the identity in `identityDir`: the PKCS#8 key sealed by the protector, the certificate, and a small description. */
export function saveSigningIdentity(
  identityDir: string,
  identity: SigningIdentity,
  protector: SecretProtector,
  replace = false,
): void {
  if (!replace && existsSync(join(identityDir, IDENTITY_FILES.sealedKey))) {
    throw new AppError(
      'CONFLICT',
      'A signing identity already exists on this computer. Replacing it means your IMR organisation must register the new certificate; confirm the replacement to go ahead.',
    );
  }
  const pkcs8 = identity.privateKey.export({ format: 'der', type: 'pkcs8' });
  ensurePrivateDir(identityDir);
  const info = {
    format: IDENTITY_FORMAT,
    reviewerId: identity.reviewerId,
    protector: protector.kind,
    certificateSha256: identity.certificateSha256,
  };
  writeFileAtomic(join(identityDir, IDENTITY_FILES.sealedKey), protector.protect(pkcs8));
  writeFileAtomic(join(identityDir, IDENTITY_FILES.certificate), identity.certificatePem);
  writeFileAtomic(join(identityDir, IDENTITY_FILES.info), `${JSON.stringify(info, null, 2)}\n`);
}
