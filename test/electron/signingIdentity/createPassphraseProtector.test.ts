import { describe, expect, it } from 'vitest';
import { createPassphraseProtector } from '../../../electron/core/signingIdentity/createPassphraseProtector';
import { AppError } from '../../../shared/ipc/appError';

const secret = Buffer.from('private key bytes');

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
}

describe('createPassphraseProtector', () => {
  it('opens what it sealed when given the same passphrase', () => {
    const protector = createPassphraseProtector('a good passphrase', { costLog2: 12 });
    const sealed = protector.protect(secret);
    expect(sealed.includes(secret)).toBe(false);
    expect(protector.unprotect(sealed).equals(secret)).toBe(true);
    expect(protector.kind).toBe('passphrase');
  });

  it('seals differently each time when the same secret is sealed twice', () => {
    const protector = createPassphraseProtector('a good passphrase', { costLog2: 12 });
    expect(protector.protect(secret).equals(protector.protect(secret))).toBe(false);
  });

  it('opens with the scrypt parameters stored in the seal when the opener is configured differently', () => {
    const sealed = createPassphraseProtector('a good passphrase', { costLog2: 11 }).protect(secret);
    expect(createPassphraseProtector('a good passphrase', { costLog2: 14 }).unprotect(sealed).equals(secret)).toBe(
      true,
    );
  });

  it('refuses with UNAUTHORIZED when the passphrase is wrong', () => {
    const sealed = createPassphraseProtector('a good passphrase', { costLog2: 12 }).protect(secret);
    expect(codeOf(() => createPassphraseProtector('a wrong passphrase').unprotect(sealed))).toBe('UNAUTHORIZED');
  });

  it('refuses when any byte of the seal, header included, was changed', () => {
    const protector = createPassphraseProtector('a good passphrase', { costLog2: 12 });
    const sealed = protector.protect(secret);
    for (const index of [10, 25, 40, sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect(codeOf(() => protector.unprotect(tampered))).toBe('UNAUTHORIZED');
    }
  });

  it('reports BAD_FILE when the seal is not one or asks for an unreasonable scrypt cost', () => {
    const protector = createPassphraseProtector('a good passphrase', { costLog2: 12 });
    expect(codeOf(() => protector.unprotect(Buffer.from('not a seal at all, just some text')))).toBe('BAD_FILE');
    const greedy = Buffer.from(protector.protect(secret));
    greedy[5] = 30;
    expect(codeOf(() => protector.unprotect(greedy))).toBe('BAD_FILE');
  });

  it('refuses to seal with INVALID_INPUT when the passphrase is shorter than 8 characters', () => {
    expect(codeOf(() => createPassphraseProtector('short').protect(secret))).toBe('INVALID_INPUT');
  });
});
