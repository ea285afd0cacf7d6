import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { OcrPage } from '../../../../shared/ipc';
import { ocrTextContent } from './ocrTextContent';

const PATCHED = Symbol('ocr-text');

/**
 * Makes pdf.js see a page's OCR words as part of its text content: the viewer's text layer, its find controller
 * (search-hit highlighting) and selection all read text content, so an OCR'd scan behaves like a born-digital
 * page and quotes carry the same document and page. The file and its bytes are untouched.
 */
export function withOcrText(pdf: PDFDocumentProxy, ocrPage: (page: number) => Promise<OcrPage | null>): void {
  const getPage = pdf.getPage.bind(pdf);
  pdf.getPage = async (pageNumber: number) => {
    const page = (await getPage(pageNumber)) as PDFPageProxy & { [PATCHED]?: true };
    if (page[PATCHED]) return page;
    page[PATCHED] = true;
    const stream = page.streamTextContent.bind(page);
    page.streamTextContent = (params) => {
      const native = stream(params);
      return new ReadableStream({
        async start(controller) {
          const reader = native.getReader();
          try {
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              controller.enqueue(value);
            }
            const ocr = await ocrPage(pageNumber).catch(() => null);
            if (ocr?.state === 'read') {
              const chunk = ocrTextContent(ocr);
              if (chunk.items.length > 0) controller.enqueue(chunk);
            }
            controller.close();
          } catch (error) {
            controller.error(error);
          }
        },
      }) as ReturnType<PDFPageProxy['streamTextContent']>;
    };
    return page;
  };
}
