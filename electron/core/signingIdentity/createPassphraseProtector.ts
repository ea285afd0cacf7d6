import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { AppError } from '../../../shared/ipc';
import type { SecretProtector } from './secretProtector';

const MAGIC = Buffer.from('IMRK');
const VERSION = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 4 + SALT_BYTES;
const MAX_COST_LOG2 = 18;
export const MIN_PASSPHRASE_LENGTH = 8;

export interface PassphraseProtectorOptions {
  /** scrypt N = 2^costLog2 for new seals; opening uses the parameters stored in the seal. */
  costLog2?: number;
}

/**
 * Passphrase sealing: scrypt (N, r=8, p=1, random salt) derives an AES-256-GCM key.
 * Layout: "IMRK" | version | log2 N | r | p | salt(16) | iv(12) | tag(16) | ciphertext; the header is authenticated.
 */
export function createPassphraseProtector(
  passphrase: string,
  options: PassphraseProtectorOptions = {},
): SecretProtector {
  const costLog2 = options.costLog2 ?? 15;
  return {
    kind: 'passphrase',
    protect(plain) {
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
        throw new AppError(
          'INVALID_INPUT',
          `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters to protect your signing key.`,
        );
      }
      const header = Buffer.concat([MAGIC, Buffer.from([VERSION, costLog2, 8, 1]), randomBytes(SALT_BYTES)]);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, header), iv);
      cipher.setAAD(header);
      const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([header, iv, cipher.getAuthTag(), ciphertext]);
    },
    unprotect(sealed) {
      const header = sealed.subarray(0, HEADER_BYTES);
      if (
        sealed.length < HEADER_BYTES + IV_BYTES + TAG_BYTES ||
        !header.subarray(0, 4).equals(MAGIC) ||
        header[4] !== VERSION
      ) {
        throw new AppError(
          'BAD_FILE',
          'The sealed signing key is damaged or not a passphrase seal. Restore it from a backup or create a new signing identity.',
        );
      }
      const iv = sealed.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
      const tag = sealed.subarray(HEADER_BYTES + IV_BYTES, HEADER_BYTES + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, header), iv);
      decipher.setAAD(header);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES + IV_BYTES + TAG_BYTES)), decipher.final()]);
      } catch {
        throw new AppError('UNAUTHORIZED', 'That passphrase does not unlock your signing key. Check it and try again.');
      }
    },
  };
}

function deriveKey(passphrase: string, header: Buffer): Buffer {
  const costLog2 = header[5] ?? 0;
  const r = header[6] ?? 0;
  const p = header[7] ?? 0;
  // Refuse parameters that would make opening a crafted file exhaust memory or time.
  if (costLog2 < 10 || costLog2 > MAX_COST_LOG2 || r < 1 || r > 8 || p < 1 || p > 4) {
    throw new AppError(
      'BAD_FILE',
      'The sealed signing key has unusable key-derivation parameters. Create a new signing identity.',
    );
  }
  const salt = header.subarray(MAGIC.length + 4);
  return scryptSync(passphrase.normalize('NFC'), salt, 32, {
    N: 2 ** costLog2,
    r,
    p,
    maxmem: 256 * 2 ** costLog2 * r + 1024 * 1024,
  });
}
