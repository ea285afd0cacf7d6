import { describe, expect, it } from 'vitest';
import { safeStorageProtector } from '../../../electron/main/safeStorageProtector';

const fakeKeychain = {
  encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
  decryptString: (sealed: Buffer) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:'))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice(7), 'hex').toString();
  },
};

describe('safeStorageProtector', () => {
  it('round-trips binary key material through the keychain when it was sealed there', () => {
    const protector = safeStorageProtector(fakeKeychain);
    const secret = Buffer.from([0, 255, 1, 128, 10]);
    const sealed = protector.protect(secret);
    expect(sealed.includes(secret)).toBe(false);
    expect(protector.unprotect(sealed)).toEqual(secret);
  });

  it('answers UNAUTHORIZED with advice when the keychain cannot unseal the key', () => {
    expect(() => safeStorageProtector(fakeKeychain).unprotect(Buffer.from('garbage'))).toThrow(
      expect.objectContaining({ code: 'UNAUTHORIZED' }),
    );
  });
});
