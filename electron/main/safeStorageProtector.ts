import type { SafeStorage } from 'electron';
import { AppError } from '../../shared/ipc';
import type { SecretProtector } from '../core/signingIdentity';

/** The signing key sealed by the OS keychain, used only where the workspace key is kept there too. */
export function safeStorageProtector(
  safeStorage: Pick<SafeStorage, 'encryptString' | 'decryptString'>,
): SecretProtector {
  return {
    kind: 'safeStorage',
    protect: (plain) => safeStorage.encryptString(plain.toString('base64')),
    unprotect(sealed) {
      try {
        return Buffer.from(safeStorage.decryptString(sealed), 'base64');
      } catch {
        throw new AppError(
          'UNAUTHORIZED',
          'The system keychain could not unseal your signing key. Sign in to this computer as the same user, or import your key again.',
        );
      }
    },
  };
}
