import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** About 0.4 s and 128 MiB on a current laptop: slow for a guesser, tolerable once per unlock. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);
export const wrappedKeySchema = z
  .object({
    version: z.literal(1),
    kdf: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: b64,
    iv: b64,
    tag: b64,
    wrapped: b64,
  })
  .strict();
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export interface Kek {
  key: Buffer;
  params: ScryptParams;
  salt: Buffer;
}

/** The passphrase only ever derives a key-encryption key; the random data key is what encrypts data. */
export function deriveKek(passphrase: string, params: ScryptParams, salt: Buffer = randomBytes(16)): Promise<Kek> {
  if (passphrase.includes('\u0000'))
    return Promise.reject(new AppError('INVALID_INPUT', 'A passphrase cannot contain a NUL character.'));
  const maxmem = 128 * params.N * params.r * 2;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve({ key, params, salt }),
    );
  });
}

export function kekFor(passphrase: string, wrapped: WrappedKey): Promise<Kek> {
  return deriveKek(passphrase, { N: wrapped.N, r: wrapped.r, p: wrapped.p }, Buffer.from(wrapped.salt, 'base64'));
}

const aad = (kek: Kek) =>
  Buffer.from(`imr-key-wrap-v1:scrypt:${kek.params.N}:${kek.params.r}:${kek.params.p}:${kek.salt.toString('base64')}`);

export function wrapKey(dataKey: Buffer, kek: Kek): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek.key, iv).setAAD(aad(kek));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    version: 1,
    kdf: 'scrypt',
    ...kek.params,
    salt: kek.salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

/** Throws DB_KEY_INVALID for a wrong passphrase: GCM's tag tells a wrong key from a right one. */
export function unwrapKey(wrapped: WrappedKey, kek: Kek): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek.key, Buffer.from(wrapped.iv, 'base64')).setAAD(aad(kek));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.wrapped, 'base64')), decipher.final()]);
    if (key.length !== 32) throw new Error('wrong length');
    return key;
  } catch {
    throw new AppError(
      'DB_KEY_INVALID',
      'That passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.',
    );
  }
}
