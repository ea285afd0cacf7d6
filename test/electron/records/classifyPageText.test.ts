import { describe, expect, it } from 'vitest';
import { classifyPageText, isFaxHeaderLine, meaningfulChars } from '../../../electron/core/records/classifyPageText';
import { keepsOcrText } from '../../../electron/core/records/keepsOcrText';

describe('which pages need OCR', () => {
  it.each([
    '03/14/2026 10:22 FROM: 555-201-4477 P.001/002',
    'MAR-14-2026 10:22AM  BAYSIDE SPINE  415 555 0100  #1234 P. 3/9',
    'Fax from: 4155550100   Page 2 of 7   10:22',
  ])('reads "%s" as a fax header line', (line) => expect(isFaxHeaderLine(line)).toBe(true));

  it.each([
    'The patient reports lumbar pain radiating to the left leg since 03/02/2026.',
    'Gabapentin 300 mg three times daily.',
    'Range of motion is limited in flexion.',
  ])('reads "%s" as page text', (line) => expect(isFaxHeaderLine(line)).toBe(false));

  it('keeps pages with a real text layer and sends empty, header-only and sparse scanned pages to OCR', () => {
    const body = 'The patient reports lumbar pain radiating to the left leg. '.repeat(10);
    expect(classifyPageText(body, null)).toBeNull();
    expect(classifyPageText(body, { coverage: 1, dpi: 200 })).toBeNull();
    expect(classifyPageText('', null)).toBe('no-text');
    expect(classifyPageText('  \n ', { coverage: 1, dpi: 200 })).toBe('no-text');
    expect(classifyPageText('03/14/2026 10:22 FROM: 555-201-4477 P.001/002', { coverage: 1, dpi: 200 })).toBe(
      'header-only',
    );
    expect(classifyPageText('BATES SPINE-000123', { coverage: 0.98, dpi: 300 })).toBe('sparse');
    // A short born-digital page (a cover sheet with a small logo) keeps its text.
    expect(classifyPageText('Cover sheet: 12 pages follow.', { coverage: 0.05, dpi: 150 })).toBeNull();
    expect(meaningfulChars('03/14/2026 10:22 FROM: 555-201-4477 P.001/002\nGabapentin')).toBe(10);
  });

  it('lets OCR text replace a stamp but not a text layer that already holds the page', () => {
    const page = 'Assessment: persistent radiculopathy despite twelve sessions of therapy. '.repeat(4);
    expect(keepsOcrText('', page)).toBe(true);
    expect(keepsOcrText('03/14/2026 10:22 FROM: 555-201-4477 P.001/002', page)).toBe(true);
    expect(keepsOcrText('BATES SPINE-000123', `BATES SPINE-000123\n${page}`)).toBe(true);
    expect(keepsOcrText(page, `${page} extra`)).toBe(false);
  });
});
