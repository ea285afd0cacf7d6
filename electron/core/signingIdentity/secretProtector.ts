/**
 * Seals the signing key at rest. The main process plugs Electron safeStorage in through the same shape;
 * `createPassphraseProtector` is the portable implementation.
 */
export interface SecretProtector {
  kind: 'safeStorage' | 'passphrase';
  protect(plain: Buffer): Buffer;
  /** Throws AppError UNAUTHORIZED when the secret cannot be opened (wrong passphrase, other user or machine). */
  unprotect(sealed: Buffer): Buffer;
}
