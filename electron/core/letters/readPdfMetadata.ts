/** The document-information fields of a PDF, as the identity check reads them. */
export async function readPdfMetadata(bytes: Uint8Array): Promise<Record<string, string>> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const fields: Record<string, string | undefined> = {
    Title: doc.getTitle(),
    Author: doc.getAuthor(),
    Subject: doc.getSubject(),
    Keywords: doc.getKeywords(),
    Creator: doc.getCreator(),
    Producer: doc.getProducer(),
  };
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
