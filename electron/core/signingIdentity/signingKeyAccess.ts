import { AppError } from '../../../shared/ipc';
import { createPassphraseProtector } from './createPassphraseProtector';
import type { SecretProtector } from './secretProtector';

export type ProtectorKind = SecretProtector['kind'];

/**
 * How the signing key is unsealed: the seam between the portable back end and the desktop shell.
 * The browser shell and tests use passphrases; Electron's main process passes osKeyAccess() with a safeStorage-backed
 * protector to createBackend, and new identities are then sealed by the OS keychain.
 */
export interface SigningKeyAccess {
  /** How a newly created identity is sealed. */
  readonly newIdentityKind: ProtectorKind;
  /** A protector of the given kind; passphrase protectors need the passphrase the reviewer typed. */
  protector(kind: ProtectorKind, passphrase: string | undefined): SecretProtector;
}

export const passphraseKeyAccess: SigningKeyAccess = {
  newIdentityKind: 'passphrase',
  protector(kind, passphrase) {
    if (kind === 'safeStorage') {
      throw new AppError(
        'UNAUTHORIZED',
        "Your signing key is sealed by the desktop app's system keychain. Sign in the desktop app.",
      );
    }
    if (passphrase === undefined) throw new AppError('UNAUTHORIZED', 'Type your signing passphrase to sign.');
    return createPassphraseProtector(passphrase);
  },
};

/** For the desktop app: new identities are sealed by the OS keychain protector; older passphrase-sealed ones still open. */
export function osKeyAccess(osProtector: SecretProtector): SigningKeyAccess {
  return {
    newIdentityKind: osProtector.kind,
    protector: (kind, passphrase) =>
      kind === osProtector.kind ? osProtector : passphraseKeyAccess.protector(kind, passphrase),
  };
}
