import { PDFDocument } from 'pdf-lib';

/** Page count of a PDF, or 0 when the bytes are not a PDF pdf-lib can read (the client shows such files as-is). */
export async function countPdfPages(bytes: Buffer): Promise<number> {
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    return pdf.getPageCount();
  } catch {
    return 0;
  }
}
