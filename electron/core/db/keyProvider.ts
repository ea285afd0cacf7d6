/** Supplies the 32-byte database key. Electron's safeStorage, a key file or a passphrase plug in behind this interface. */
export interface KeyProvider {
  readonly kind: 'safeStorage' | 'keyFile' | 'passphrase' | 'static';
  getKey(): Buffer;
  /** Present when the key can be replaced (rekey); absent for fixed keys. */
  readonly rotation?: KeyRotation;
}

/** A new key is staged beside the current one before anything is re-encrypted, so a crash never strands data. */
export interface KeyRotation {
  /** The staged next key, when a rekey was started and not yet committed. */
  pendingKey(): Buffer | null;
  stage(next: Buffer): void;
  /** Makes the staged key the current one and forgets the old key. */
  commit(): void;
}

export function staticKeyProvider(key: Buffer): KeyProvider {
  if (key.length !== 32) throw new Error('A database key is 32 bytes');
  return { kind: 'static', getKey: () => Buffer.from(key) };
}
