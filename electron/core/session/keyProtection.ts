import { AppError } from '../../../shared/ipc';
import type { KeyProvider } from '../db';

/** What the Security dialog and the status bar say when nothing but the folder itself guards the key. */
export const UNPROTECTED_NOTE =
  'This workspace is not protected: its key is kept in a file beside its database (workspace.key), so anyone who copies the folder can read everything in it, including a saved sync sign-in. Protect it with a passphrase in Security… (or npm run cli -- passphrase).';

/**
 * Whether the key is guarded by more than the folder: a passphrase, or an OS keychain (which the desktop app uses
 * only when it is a real one, never Linux's plaintext 'basic_text' store). The key file of the demo does not count.
 */
export function isKeyProtected(kind: KeyProvider['kind']): boolean {
  return kind !== 'keyFile';
}

/** Refuses `action` (signing in to a server, importing records into a real workspace) on an unprotected key. */
export function requireProtectedKey(kind: KeyProvider['kind'], action: string): void {
  if (isKeyProtected(kind)) return;
  throw new AppError(
    'UNPROTECTED',
    `To ${action}, protect this workspace with a passphrase first (Security… → Protect with a passphrase, or npm run cli -- passphrase): its key is now kept in a file beside its database, so a copied folder would give away everything in it.`,
  );
}
