import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc';
import { IDENTITY_FORMAT } from './saveSigningIdentity';
import type { SecretProtector } from './secretProtector';
import { IDENTITY_FILES, type SigningIdentity } from './signingIdentity';
import { toSigningIdentity } from './toSigningIdentity';

const identityInfoSchema = z.object({
  format: z.literal(IDENTITY_FORMAT),
  reviewerId: z.string(),
  protector: z.enum(['safeStorage', 'passphrase']),
  certificateSha256: z.string(),
});

/** Opens the identity stored in `identityDir` with the protector that sealed it. */
export function loadSigningIdentity(identityDir: string, protector: SecretProtector): SigningIdentity {
  const read = (name: string): Buffer => {
    try {
      return readFileSync(join(identityDir, name));
    } catch {
      throw new AppError(
        'NOT_FOUND',
        'There is no signing identity on this computer yet. Create one (or import your PKCS#12 file) before signing.',
      );
    }
  };
  let info: z.infer<typeof identityInfoSchema>;
  try {
    info = identityInfoSchema.parse(JSON.parse(read(IDENTITY_FILES.info).toString('utf8')));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'BAD_FILE',
      `${IDENTITY_FILES.info} in the signing identity folder is damaged. Create or import your signing identity again.`,
    );
  }
  if (info.protector !== protector.kind) {
    throw new AppError(
      'UNAUTHORIZED',
      `Your signing key is protected by ${info.protector === 'passphrase' ? 'a passphrase' : 'the system keychain'}; unlock it that way.`,
    );
  }
  const pkcs8 = protector.unprotect(read(IDENTITY_FILES.sealedKey));
  const identity = toSigningIdentity(
    read(IDENTITY_FILES.certificate).toString('utf8'),
    createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }),
  );
  if (identity.certificateSha256 !== info.certificateSha256 || identity.reviewerId !== info.reviewerId) {
    throw new AppError(
      'BAD_FILE',
      'The signing certificate on this computer was changed. Create or import your signing identity again.',
    );
  }
  return identity;
}
