/** Supplies the 32-byte database key. Electron's safeStorage or a passphrase plug in behind this interface. */
export interface KeyProvider {
  readonly kind: 'safeStorage' | 'keyFile' | 'passphrase' | 'static';
  getKey(): Buffer;
}

export function staticKeyProvider(key: Buffer): KeyProvider {
  if (key.length !== 32) throw new Error('A database key is 32 bytes');
  return { kind: 'static', getKey: () => Buffer.from(key) };
}
