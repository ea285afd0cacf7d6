import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const WRAPPED_KEY_FILE_NAME = 'workspace.key.wrapped';

/** Where a passphrase-protected workspace keeps its wrapped key. */
export const wrappedKeyPath = (dataDir: string) => join(dataDir, WRAPPED_KEY_FILE_NAME);
export const stagedWrappedKeyPath = (dataDir: string) => `${wrappedKeyPath(dataDir)}.next`;

export function hasWrappedKey(dataDir: string): boolean {
  return existsSync(wrappedKeyPath(dataDir));
}
