export type RecordFileKind = 'pdf' | 'text' | 'png' | 'jpeg' | 'tiff';

export const MIME_TYPES: Record<RecordFileKind, string> = {
  pdf: 'application/pdf',
  text: 'text/plain; charset=utf-8',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
};

/** A PDF header this far into the file still makes it a PDF: pdf.js skips what comes before it. */
const PDF_HEADER_WITHIN = 64 * 1024;

export type Detected = { kind: RecordFileKind } | { problem: string };

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Decides the type from the bytes, not the name, so a renamed Word file is refused with a reason. */
export function detectFileKind(name: string, bytes: Uint8Array): Detected {
  if (bytes.byteLength === 0)
    return { problem: `"${name}" is empty (0 bytes). Check the original file and add it again.` };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER_WITHIN));
  if (head.indexOf('%PDF-') >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return { kind: 'tiff' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    if (!Buffer.from(bytes.subarray(-12)).includes('IEND'))
      return { problem: `"${name}" is an incomplete PNG image (the file ends early). Copy it again from the source.` };
    return { kind: 'png' };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    if (!(bytes.at(-2) === 0xff && bytes.at(-1) === 0xd9))
      return { problem: `"${name}" is an incomplete JPEG image (the file ends early). Copy it again from the source.` };
    return { kind: 'jpeg' };
  }
  const claimsPdf = /\.pdf$/i.test(name);
  if (startsWith(bytes, ascii('PK\u0003\u0004')))
    return {
      problem: `"${name}" is a Word, Excel or ZIP file${claimsPdf ? ' with a .pdf name' : ''}, not a PDF. Save or print it as PDF and import that.`,
    };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return {
      problem: `"${name}" is an old Office document${claimsPdf ? ' with a .pdf name' : ''}. Save or print it as PDF and import that.`,
    };
  if (claimsPdf)
    return {
      problem: `"${name}" is named .pdf but is not a PDF (it has no PDF header). Ask the sender for the original PDF.`,
    };
  if (isReadableText(bytes)) return { kind: 'text' };
  return { problem: `"${name}" is not a type the workstation reads. Import PDF, plain text, PNG, JPEG or TIFF files.` };
}

function isReadableText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
