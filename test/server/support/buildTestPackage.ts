import { generateKeyPairSync } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PackageTransport } from '../../../shared/domain/signedPackage';
import { emptyRichText } from '../../../shared/editor/richText';
import { buildSignedPackage } from '../../../electron/core/packages/buildSignedPackage';
import { createSelfSignedCertificate } from '../../../electron/core/signingIdentity/createSelfSignedCertificate';
import { signLetterPdf } from '../../../electron/core/signing/signLetterPdf';
import type { SigningIdentity } from '../../../electron/core/signingIdentity/signingIdentity';
import { toSigningIdentity } from '../../../electron/core/signingIdentity/toSigningIdentity';

export type TestSigner = SigningIdentity;

/** A reviewer's signing identity made by the app's own signing module (RSA 2048, self-signed, CN = reviewer id). */
export async function createTestSigner(reviewerId: string): Promise<TestSigner> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return toSigningIdentity(await createSelfSignedCertificate(reviewerId, privateKey, new Date()), privateKey);
}

export interface TestPackageSpec {
  caseId: string;
  caseNumber: string;
  version?: number;
  /** Bytes attached inside the letter PDF, to make it big. */
  letterPadding?: Buffer;
  letterText?: string;
}

/** A real signed package (PAdES letter, determination, certificate, signed manifest) in the upload's JSON form. */
export async function buildTestPackage(identity: TestSigner, spec: TestPackageSpec): Promise<PackageTransport> {
  const version = spec.version ?? 1;
  const letter = await PDFDocument.create();
  const font = await letter.embedFont(StandardFonts.Helvetica);
  letter.addPage().drawText(spec.letterText ?? `Determination version ${version} for case ${spec.caseNumber}.`, {
    x: 50,
    y: 700,
    size: 11,
    font,
  });
  if (spec.letterPadding)
    await letter.attach(spec.letterPadding, 'exhibit.bin', { mimeType: 'application/octet-stream' });
  const letterPdf = await signLetterPdf(await letter.save({ useObjectStreams: false }), identity);
  const now = new Date().toISOString();
  const signed = buildSignedPackage({
    letterPdf,
    determination: {
      caseId: spec.caseId,
      summary: emptyRichText(),
      items: [],
      revision: version,
      locked: true,
      updatedAt: now,
    },
    manifest: {
      caseId: spec.caseId,
      caseNumber: spec.caseNumber,
      determinationVersion: version,
      supersedesVersion: version > 1 ? version - 1 : null,
      signedAt: now,
    },
    identity,
  });
  return {
    manifestJson: signed.manifestJson.toString('utf8'),
    manifestSig: signed.manifestSig.toString('ascii'),
    files: {
      'letter.pdf': signed.files['letter.pdf'].toString('base64'),
      'determination.json': signed.files['determination.json'].toString('base64'),
      'certificate.pem': signed.files['certificate.pem'].toString('base64'),
    },
  };
}
