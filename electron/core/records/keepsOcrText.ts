import { meaningfulChars } from './classifyPageText';

/**
 * Whether OCR text replaces a page's text-layer text: always when the layer held nothing or only a fax header;
 * for a scan with a few words of text over it, only when OCR found clearly more (a Bates stamp alone stays).
 */
export function keepsOcrText(layerText: string, ocrText: string): boolean {
  const layer = meaningfulChars(layerText);
  if (layer === 0) return true;
  return meaningfulChars(ocrText) > layer * 1.5 + 40;
}
