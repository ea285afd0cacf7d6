import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLetterPdf } from '../../../electron/core/signing/signLetterPdf';
import type { SigningIdentity } from '../../../electron/core/signingIdentity/signingIdentity';
import { AppError } from '../../../shared/ipc/appError';
import { DEMO_REVIEWER_PROFILE } from '../../../shared/domain/reviewerProfile';
import { runPoppler } from '../letters/popplerTools';
import { sampleLetterPdf, tempDir, testIdentity, type TempDir } from '../../support/signingFixtures';

let dir: TempDir;
let identity: SigningIdentity;
let letter: Uint8Array;
const signingTime = new Date('2014-07-01T17:30:00Z');

beforeAll(async () => {
  dir = tempDir();
  identity = await testIdentity(dir.path);
  letter = await sampleLetterPdf();
});
afterAll(() => dir.remove());

describe('signLetterPdf', () => {
  it('embeds a PAdES signature that pdfsig reports valid over the whole document when signed', async () => {
    const report = runPoppler('pdfsig', await signLetterPdf(letter, identity, { signingTime }));
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signer Certificate Common Name: RVW-0001');
  });

  it('names only the reviewer ID in the signature dictionary when signing', async () => {
    const raw = (await signLetterPdf(letter, identity, { signingTime })).toString('latin1');
    expect(raw).toMatch(/\/Name \(RVW-0001\)/);
    expect(raw).toMatch(/\/ContactInfo \(Reviewer ID RVW-0001\)/);
    for (const secret of [
      DEMO_REVIEWER_PROFILE.name,
      DEMO_REVIEWER_PROFILE.email,
      DEMO_REVIEWER_PROFILE.licenseNumber,
      'Whitfield',
    ]) {
      expect(raw).not.toContain(secret);
    }
  });

  it('keeps the letter text readable and the document properties unchanged when signed', async () => {
    const signed = await signLetterPdf(letter, identity, { signingTime });
    expect(runPoppler('pdftotext', signed)).toContain('HOW THE IMR FINAL DETERMINATION WAS MADE');
    const info = runPoppler('pdfinfo', signed);
    expect(info).toMatch(/^Title:\s+IMR Final Determination CM14-0012345$/m);
    expect(info).toMatch(/^ModDate:\s+Tue Jul\s+1 00:00:00 2014 UTC$/m);
    expect(info).not.toMatch(/^Author:/m);
  });

  it('gives identical bytes when the same letter is signed twice at the same time', async () => {
    const [a, b] = [
      await signLetterPdf(letter, identity, { signingTime }),
      await signLetterPdf(letter, identity, { signingTime }),
    ];
    expect(a.equals(b)).toBe(true);
  });

  it('makes pdfsig report a digest mismatch when one signed byte is changed afterwards', async () => {
    const signed = await signLetterPdf(letter, identity, { signingTime });
    const at = signed.indexOf('/Title') + 10;
    signed[at] = (signed[at] ?? 0) ^ 0x01;
    expect(runPoppler('pdfsig', signed)).toContain('Signature Validation: Digest Mismatch.');
  });

  it('refuses with CONFLICT when the letter is already signed', async () => {
    const signed = await signLetterPdf(letter, identity, { signingTime });
    await expect(signLetterPdf(signed, identity)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'CONFLICT',
    );
  });

  it('throws BAD_FILE when the bytes are not a PDF', async () => {
    await expect(signLetterPdf(Buffer.from('not a pdf'), identity)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'BAD_FILE',
    );
  });
});
