import { describe, expect, it } from 'vitest';
import { DEMO_NOTICE, renderRecordPdf, type RecordPdfInput } from '../../../electron/core/demo/renderRecordPdf';
import { collapseWhitespace, extractPdfPages } from './extractPdfPages';

const sentence =
  'The patient reports neck pain that radiates to the left shoulder blade after long shifts at the keyboard.';

function input(sections: string[][]): RecordPdfInput {
  return {
    provider: 'Test Provider, MD - Demo Clinic',
    title: 'Progress Report',
    dateLine: 'Date of service: 06/06/2014',
    patientLine: 'Patient: Test Claimant',
    sections,
    fileDate: new Date('2014-06-06T12:00:00Z'),
  };
}

describe('renderRecordPdf', () => {
  it('gives pdf.js the same text as each page text when the record spans several pages', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${sentence}`).join(' ');
    const rendered = await renderRecordPdf(
      input([['OBJECTIVE: short paragraph.', long, 'Closing paragraph.'], ['Second section on its own page.']]),
    );
    const extracted = await extractPdfPages(rendered.pdf);
    expect(extracted.length).toBe(rendered.pages.length);
    expect(rendered.pages.length).toBeGreaterThanOrEqual(3);
    extracted.forEach((text, i) => expect(text).toBe(collapseWhitespace(rendered.pages[i] ?? '')));
  });

  it('prints the header, the notice and "Page n of N" on every page when rendered', async () => {
    const rendered = await renderRecordPdf(input([['One.'], ['Two.'], ['Three.']]));
    expect(rendered.pages).toHaveLength(3);
    rendered.pages.forEach((page, i) => {
      const lines = page.split('\n');
      expect(lines.slice(0, 4)).toEqual([
        'Test Provider, MD - Demo Clinic',
        'Progress Report',
        'Date of service: 06/06/2014',
        'Patient: Test Claimant',
      ]);
      expect(lines.slice(-2)).toEqual([DEMO_NOTICE, `Page ${i + 1} of 3`]);
    });
  });

  it('continues a paragraph on the next page when it does not fit', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Line ${i + 1}: ${sentence}`).join(' ');
    const rendered = await renderRecordPdf(input([[long]]));
    expect(rendered.pages.length).toBeGreaterThan(1);
    const bodies = rendered.pages.map((p) => p.split('\n').slice(4, -2).join(' ')).join(' ');
    expect(bodies).toBe(long);
  });

  it('produces identical, small (font subset) bytes when rendered twice', async () => {
    const a = await renderRecordPdf(input([[sentence]]));
    const b = await renderRecordPdf(input([[sentence]]));
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    expect(a.pdf.byteLength).toBeLessThan(60_000);
  });
});
