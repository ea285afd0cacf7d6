import { readDer } from '../cms';

export interface PdfSignature {
  byteRange: [number, number, number, number];
  /** The bytes the signature covers: the whole file except the /Contents hex string. */
  signedContent: Buffer;
  cms: Buffer;
  subFilter: string | null;
}

export type PdfSignatureResult =
  | { ok: true; signature: PdfSignature }
  | { ok: false; code: 'PDF_NOT_SIGNED' | 'PDF_SIGNATURE_MALFORMED' | 'PDF_CHANGED_AFTER_SIGNING'; message: string };

/**
 * The one embedded signature of a letter, checked for shape: a ByteRange that covers the whole file but the signature
 * hex, so bytes appended or altered outside the signed ranges are caught.
 */
export function extractPdfSignature(pdf: Buffer): PdfSignatureResult {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  if (ranges.length === 0)
    return { ok: false, code: 'PDF_NOT_SIGNED', message: 'letter.pdf carries no embedded signature.' };
  if (ranges.length > 1)
    return {
      ok: false,
      code: 'PDF_CHANGED_AFTER_SIGNING',
      message: 'letter.pdf carries more than one signature; it was changed after signing.',
    };
  const match = ranges[0] as RegExpMatchArray;
  const byteRange = match.slice(1, 5).map(Number) as [number, number, number, number];
  const [start, holeStart, holeEnd, tail] = byteRange;
  if (start !== 0 || holeEnd + tail !== pdf.length) {
    return {
      ok: false,
      code: 'PDF_CHANGED_AFTER_SIGNING',
      message: 'letter.pdf has bytes outside the signed range; it was changed after signing.',
    };
  }
  const hex = text.slice(holeStart, holeEnd);
  const before = text.slice(Math.max(0, holeStart - 24), holeStart);
  if (holeStart >= holeEnd || !/^<[0-9a-fA-F]*>$/.test(hex) || hex.length % 2 !== 0 || !/\/Contents\s*$/.test(before)) {
    return {
      ok: false,
      code: 'PDF_SIGNATURE_MALFORMED',
      message: "letter.pdf's signature placeholder is not a /Contents hex string.",
    };
  }
  const padded = Buffer.from(hex.slice(1, -1), 'hex');
  let cms: Buffer;
  try {
    cms = Buffer.from(readDer(padded).bytes);
  } catch {
    return { ok: false, code: 'PDF_SIGNATURE_MALFORMED', message: "letter.pdf's signature is not DER-encoded CMS." };
  }
  // The padding sits outside the signed ranges: anything but zeros there is a change no digest would catch.
  if (padded.subarray(cms.length).some((byte) => byte !== 0)) {
    return {
      ok: false,
      code: 'PDF_SIGNATURE_MALFORMED',
      message: "letter.pdf's signature is followed by bytes other than its zero padding.",
    };
  }
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(text)?.[1] ?? null;
  const signedContent = Buffer.concat([pdf.subarray(0, holeStart), pdf.subarray(holeEnd, holeEnd + tail)]);
  return { ok: true, signature: { byteRange, signedContent, cms, subFilter } };
}
