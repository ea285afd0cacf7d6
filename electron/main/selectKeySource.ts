import type { SafeStorage } from 'electron';
import type { KeySource } from '../core/session';
import { hasWrappedKey } from '../core/keys';
import { safeStorageKeyProvider } from './safeStorageKeyProvider';

type KeychainApi = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

/**
 * The OS keychain when it is real; a passphrase when Electron would fall back to its hard-coded password
 * ('basic_text' on Linux without a keyring) or when the workspace already has one.
 */
export function selectKeySource(
  safeStorage: KeychainApi,
  dataDir: string,
  verifyUser: () => Promise<boolean>,
): KeySource {
  const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
  if (hasWrappedKey(dataDir)) return { kind: 'passphrase', reason: 'This workspace is protected by a passphrase.' };
  if (!safeStorage.isEncryptionAvailable()) {
    return {
      kind: 'passphrase',
      reason:
        'This computer offers no system keychain to the app, so the workspace key is protected by a passphrase you choose.',
    };
  }
  if (backend === 'basic_text') {
    return {
      kind: 'passphrase',
      reason:
        'No system keyring (such as GNOME Keyring or KWallet) is running, so the key cannot be kept in one; it is protected by a passphrase you choose instead.',
    };
  }
  return { kind: 'provider', provider: safeStorageKeyProvider(safeStorage, dataDir), verifyUser };
}
