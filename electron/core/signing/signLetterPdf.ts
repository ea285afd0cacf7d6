// Loaded with import() by signDetermination, so pdf-lib and signpdf stay out of start-up.
/* eslint-disable @typescript-eslint/no-restricted-imports */
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
/* eslint-enable @typescript-eslint/no-restricted-imports */
import { AppError } from '../../../shared/ipc';
import { APP_NAME } from '../../../shared/appName';
import { createCmsSignature, type CmsSigningKey } from '../cms';
import type { SigningIdentity } from '../signingIdentity';

export interface SignLetterOptions {
  /** The signature dictionary's /M; the CMS itself carries no time, so a fixed time gives fixed bytes. */
  signingTime?: Date;
}

class IdentitySigner extends Signer {
  constructor(private readonly key: CmsSigningKey) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return createCmsSignature(pdfBuffer, this.key);
  }
}

/**
 * Embeds a PAdES signature (SubFilter ETSI.CAdES.detached) made with the reviewer's key. The signature dictionary
 * names the reviewer ID only; the letter itself carries no visible signature (domain reference 5.7).
 */
export async function signLetterPdf(
  pdfBytes: Uint8Array,
  identity: SigningIdentity,
  options: SignLetterOptions = {},
): Promise<Buffer> {
  const signingTime = options.signingTime ?? new Date();
  if (Buffer.from(pdfBytes.buffer, pdfBytes.byteOffset, pdfBytes.byteLength).includes('/ByteRange')) {
    throw new AppError(
      'CONFLICT',
      'This letter is already signed. Render the letter again from the determination to sign a new version.',
    );
  }
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  } catch {
    throw new AppError('BAD_FILE', 'The letter PDF cannot be read for signing. Render the letter again, then sign.');
  }
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: 'IMR Final Determination approved by the expert reviewer',
    contactInfo: `Reviewer ID ${identity.reviewerId}`,
    name: identity.reviewerId,
    location: '',
    signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    // In hex digits: twice the room the CMS (certificate, attributes, signature) takes.
    signatureLength: 2 * (identity.certificateDer.length + 2048),
    appName: APP_NAME,
  });
  // The placeholder step finds /ByteRange by scanning bytes, so the PDF must not hide it in an object stream.
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signer = new IdentitySigner({ certificateDer: identity.certificateDer, privateKey: identity.privateKey });
  return new SignPdf().sign(prepared, signer, signingTime);
}
