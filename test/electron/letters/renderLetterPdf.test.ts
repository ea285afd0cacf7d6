import { describe, expect, it } from 'vitest';
import { renderLetterPdf } from '../../../electron/core/letters/renderLetterPdf';
import { buildLetterModel } from '../../../shared/domain/letter/buildLetterModel';
import type { LetterModel } from '../../../shared/domain/letter/letterModel';
import { sampleLetterInput } from '../../shared/domain/letter/sampleLetterInput';
import { longLetterInput } from './longLetterInput';
import { runPoppler } from './popplerTools';

/** Headings, intros and line labels of shared/docs/sample-final-determination-letter.txt, in its order. */
const SAMPLE_STRUCTURE = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
  'The expert reviewer is Board Certified in Occupational Medicine and is licensed to practice in California.',
  'He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.',
  'CLINICAL CASE SUMMARY',
  'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
  'This is a 59-year-old female with a 10/8/08 date of injury.',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  'MRI Cervical: Upheld',
  'Claims Administrator guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-178.',
  'MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180.',
  'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI.',
  'Decision rationale: California MTUS',
  'Therefore, the request for MRI cervical was not medically necessary.',
  'Cervical extension and flexion X-Ray: Overturned',
  'Claims Administrator guideline: The Claims Administrator did not base their decision on the MTUS.',
  'MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304.',
  'Decision rationale: California MTUS does not address this issue.',
  'Therefore, the request for cervical extension and flexion X-Ray was medically necessary.',
];

const squash = (text: string) => text.replace(/\s+/g, ' ');

function missingInOrder(text: string, needles: readonly string[]): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at < 0) missing.push(needle);
    else from = at + needle.length;
  }
  return missing;
}

describe('renderLetterPdf', () => {
  it('reads like the sample letter in pdftotext when given the sample case', async () => {
    const pdf = await renderLetterPdf(buildLetterModel(sampleLetterInput()));
    expect(missingInOrder(squash(runPoppler('pdftotext', pdf)), SAMPLE_STRUCTURE)).toEqual([]);
    expect(missingInOrder(squash(runPoppler('pdftotext', pdf, ['-layout'])), SAMPLE_STRUCTURE)).toEqual([]);
  });

  it('puts the case number and "Page n of N" in every footer when the letter runs over pages', async () => {
    const pdf = await renderLetterPdf(buildLetterModel(sampleLetterInput()));
    const pages = runPoppler('pdftotext', pdf, ['-layout'])
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) =>
      expect(squash(page)).toMatch(new RegExp(`IMR Case Number: CM14-0012345 Page ${i + 1} of ${pages.length}\\s*$`)),
    );
  });

  it('gives byte-identical PDFs when the same letter is rendered twice', async () => {
    const model = buildLetterModel(sampleLetterInput());
    const [first, second] = [await renderLetterPdf(model), await renderLetterPdf(model)];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('titles the PDF by case number, dates it by the decision date and carries no reviewer identity in its properties', async () => {
    const input = sampleLetterInput();
    const pdf = await renderLetterPdf(buildLetterModel(input));
    const info = runPoppler('pdfinfo', pdf);
    expect(info).toMatch(/^Title:\s+IMR Final Determination CM14-0012345$/m);
    expect(info).toMatch(/^Creator:\s+IMR Reviewer Workstation$/m);
    expect(info).toMatch(/^Producer:\s+IMR Reviewer Workstation$/m);
    expect(info).toMatch(/^CreationDate:\s+Tue Jul\s+1 00:00:00 2014 UTC$/m);
    expect(info).not.toMatch(/^(Author|Subject|Keywords):/m);
    const raw = Buffer.from(pdf).toString('latin1');
    for (const secret of [input.profile.name, input.profile.email, input.profile.licenseNumber, 'Whitfield']) {
      expect(info).not.toContain(secret);
      expect(raw).not.toContain(secret);
    }
  });

  it('embeds DejaVu Sans in regular, bold, oblique and bold oblique when the letter uses all four', async () => {
    const pdf = await renderLetterPdf(buildLetterModel(longLetterInput(2, 2)));
    const fonts = runPoppler('pdffonts', pdf);
    for (const name of ['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique']) {
      expect(fonts).toMatch(new RegExp(`^[A-Z]{6}\\+${name}\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes`, 'm'));
    }
  });

  it('sets headings and bold runs in bold and italic runs in oblique when the rich text marks them', async () => {
    const run = (text: string, bold: boolean, italic: boolean) => ({ text, bold, italic });
    const model: LetterModel = {
      caseNumber: 'CM14-0012345',
      title: 'IMR Final Determination CM14-0012345',
      decisionDate: '2014-07-01',
      blocks: [
        { kind: 'heading', level: 1, text: 'CLINICAL CASE SUMMARY' },
        {
          kind: 'paragraph',
          inlines: [
            run('plain ', false, false),
            run('strong', true, false),
            run(' and ', false, false),
            run('slanted', false, true),
            run(' and ', false, false),
            run('both', true, true),
          ],
        },
      ],
    };
    const xml = runPoppler('pdftohtml', await renderLetterPdf(model));
    expect(xml).toContain('<b>CLINICAL CASE SUMMARY</b>');
    expect(xml).toMatch(/>plain <\/text>/);
    expect(xml).toContain('<b>strong</b>');
    expect(xml).toContain('<i>slanted</i>');
    expect(xml).toContain('<i><b>both</b></i>');
  });

  it('paginates a 40-page rationale in reading order when an item runs long', async () => {
    const input = longLetterInput(1, 40);
    const pdf = await renderLetterPdf(
      buildLetterModel({ ...input, settings: { ...input.settings, inlineCitations: 'full' } }),
    );
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(runPoppler('pdfinfo', pdf))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(40);
    const text = squash(runPoppler('pdftotext', pdf));
    const order = [
      'Requested treatment number 1: Upheld',
      'Decision rationale: Per MTUS ACOEM Chapter 8',
      'Item 1, consideration 5',
      'Item 1, consideration 95',
    ];
    expect(
      missingInOrder(text, [
        ...order,
        'Therefore, the request for treatment number 1 was not medically necessary.',
        'DOCUMENTS REVIEWED',
        `Page ${pages} of ${pages}`,
      ]),
    ).toEqual([]);
  });

  it('hangs list text past the bullet or number when a list item wraps', async () => {
    const long =
      'This list item is long enough that it has to wrap onto a second line, and the second line must start under the text, not under the marker.';
    const model: LetterModel = {
      caseNumber: 'CM14-0012345',
      title: 'IMR Final Determination CM14-0012345',
      decisionDate: '2014-07-01',
      blocks: [
        {
          kind: 'list',
          ordered: true,
          start: 9,
          items: [
            [{ kind: 'paragraph', inlines: [{ text: 'short', bold: false, italic: false }] }],
            [{ kind: 'paragraph', inlines: [{ text: long, bold: false, italic: false }] }],
          ],
        },
        {
          kind: 'list',
          ordered: false,
          start: 1,
          items: [[{ kind: 'paragraph', inlines: [{ text: long, bold: false, italic: false }] }]],
        },
      ],
    };
    const lines = runPoppler('pdftotext', await renderLetterPdf(model), ['-layout'])
      .split('\n')
      .filter((l) => l.trim() !== '');
    const textColumn = (line: string | undefined) => /^\s*(?:\d+\.|\u2022)?\s*/.exec(line ?? '')?.[0].length;
    expect(lines[0]).toMatch(/^\s*9\.\s+short$/);
    expect(lines[1]).toMatch(/^\s*10\.\s+This list item/);
    expect(textColumn(lines[2])).toBe(textColumn(lines[1]));
    expect(lines[3]).toMatch(/^\s*\u2022\s+This list item/);
    expect(textColumn(lines[4])).toBe(textColumn(lines[3]));
  });
});
