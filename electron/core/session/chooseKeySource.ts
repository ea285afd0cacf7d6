import { fileKeyProvider, hasWrappedKey } from '../keys';
import type { Logger } from '../log';
import type { KeySource } from './keySource';

export const SHELL_PASSPHRASE_REASON =
  'The browser shell cannot use the system keychain, so the workspace key is protected by a passphrase you choose.';

/**
 * Outside Electron (browser shell, command line): a workspace with a passphrase keeps it; asking for one turns it on;
 * otherwise the demo/development key file is used (see SECURITY.md for why that fallback remains).
 */
export function chooseKeySource(
  dataDir: string,
  log: Logger,
  wantPassphrase = false,
  reason = SHELL_PASSPHRASE_REASON,
): KeySource {
  if (wantPassphrase || hasWrappedKey(dataDir)) return { kind: 'passphrase', reason };
  return { kind: 'provider', provider: fileKeyProvider(dataDir, log) };
}
