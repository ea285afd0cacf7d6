import { describe, expect, it } from 'vitest';
import type { OcrPage } from '../../../shared/ipc/contracts/recordsContract';
import { OCR_FONT, ocrTextContent } from '../../../renderer/src/features/records/ocrTextContent';

const page = (words: OcrPage['words'], toPage: OcrPage['toPage']): OcrPage => ({
  documentId: 'doc-1',
  page: 2,
  state: 'read',
  words,
  toPage,
  confidence: 91,
  lowConfidence: false,
  engine: 'tesseract.js',
  message: null,
});

describe('OCR words as pdf.js text content', () => {
  // A 200 dpi letter page read upright: OCR pixel (x, y) -> PDF (x * 0.36, 792 - y * 0.36).
  const upright: OcrPage['toPage'] = [0.36, 0, 0, -0.36, 0, 792];

  it('places each word on its box in PDF space, reading "word word" across a line and ending the line', () => {
    const { items, styles } = ocrTextContent(
      page(
        [
          ['started', 93, 400, 300, 540, 330, 4],
          ['Gabapentin', 95, 200, 300, 380, 330, 4],
          ['Plan:', 90, 200, 360, 290, 390, 5],
        ],
        upright,
      ),
    );
    expect(items.map((i) => [i.str, i.hasEOL])).toEqual([
      ['Gabapentin ', false],
      ['started', true],
      ['Plan:', true],
    ]);
    const [first] = items;
    // Baseline-left corner (200, 330) -> (72, 673.2); height 30 px -> 10.8 pt; width spans to the next word.
    expect(first!.transform[4]).toBeCloseTo(72);
    expect(first!.transform[5]).toBeCloseTo(673.2);
    expect(first!.transform[3]).toBeCloseTo(10.8);
    expect(first!.transform[1]).toBeCloseTo(0);
    expect(first!.width).toBeCloseTo(72);
    expect(first!.fontName).toBe(OCR_FONT);
    expect(styles[OCR_FONT]).toMatchObject({ ascent: 1, descent: 0, vertical: false });
  });

  it('runs text the other way on a page that was read turned upside down', () => {
    // The scan lay upside down: the OCR image is the page turned 180°.
    const turned: OcrPage['toPage'] = [-0.36, 0, 0, 0.36, 612, 0];
    const { items } = ocrTextContent(page([['Gabapentin', 95, 200, 300, 380, 330, 0]], turned));
    expect(items[0]!.transform[0]).toBeLessThan(0);
    expect(items[0]!.transform[3]).toBeLessThan(0);
    expect(items[0]!.width).toBeCloseTo(64.8);
  });

  it('gives nothing for a page without words or without a map to the page', () => {
    expect(ocrTextContent(page([], upright)).items).toEqual([]);
    expect(ocrTextContent(page([['word', 90, 0, 0, 10, 10, 0]], null)).items).toEqual([]);
  });
});
