import type { KeyProvider } from '../db';
import type { ScryptParams } from '../keys';

/**
 * Where the data key comes from. A provider (keychain, key file, test key) opens at start;
 * a passphrase source starts locked (or in setup) and says why it asks.
 */
export type KeySource =
  | { kind: 'provider'; provider: KeyProvider; verifyUser?: () => Promise<boolean> }
  | { kind: 'passphrase'; reason: string; scrypt?: ScryptParams };
