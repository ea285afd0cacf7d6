import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLetterPdf } from '../../../electron/core/letters/renderLetterPdf';
import { buildLetterModel } from '../../../shared/domain/letter/buildLetterModel';
import type { RichTextDoc, RichTextNode } from '../../../shared/editor/richText';
import { CHIPS, sampleLetterInput } from '../../shared/domain/letter/sampleLetterInput';
import { runPoppler } from './popplerTools';

const SAMPLE = [
  process.env['IMR_SAMPLE_LETTER'],
  resolve('..', 'shared', 'docs', 'sample-final-determination-letter.txt'),
  '/work/shared/docs/sample-final-determination-letter.txt',
].find((p): p is string => p !== undefined && existsSync(p));

const HEADINGS = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'CLINICAL CASE SUMMARY',
  'IMR ISSUES, DECISIONS AND RATIONALES',
];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The three sections of the sample letter's text, whitespace collapsed. */
function sections(text: string): string[] {
  const flat = squash(text);
  return HEADINGS.map((heading, i) => {
    const start = flat.indexOf(heading);
    const next = HEADINGS[i + 1];
    const end = next ? flat.indexOf(next) : flat.length;
    return start < 0 ? '' : flat.slice(start, end).trim();
  });
}

/** The sample's summary and rationales as a reviewer types them: prose, with citation chips only as anchors. */
function typedAsTheSample(sample: string) {
  const flat = squash(sample);
  const between = (from: string, to: string) => flat.slice(flat.indexOf(from) + from.length, flat.indexOf(to)).trim();
  const summary = between('including all medical records:', 'IMR ISSUES, DECISIONS AND RATIONALES');
  const [, mriRationale = '', xrayRationale = ''] = flat
    .split('Decision rationale: ')
    .map((part) => part.replace(/ Cervical extension and flexion X-Ray: .*$/, '').trim());
  const t = (text: string): RichTextNode => ({ type: 'text', text });
  const chip = (snapshot: (typeof CHIPS)[keyof typeof CHIPS]): RichTextNode => ({
    type: 'citation',
    attrs: { ...snapshot },
  });
  const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
  const [mriHead = '', mriTail = ''] = splitOnce(mriRationale, 'California MTUS ');
  const [xrayHead = '', xrayTail = ''] = splitOnce(xrayRationale, 'ODG ');
  const input = sampleLetterInput();
  input.determination = {
    ...input.determination,
    summary: doc(t(summary)),
    items: input.determination.items.map((item) =>
      item.itemId === 'item-mri'
        ? {
            ...item,
            // A chip where the prose names its source; the item's list carries the guideline line.
            rationale: doc(t(`${mriHead}California MTUS `), chip(CHIPS.acoemCh8), t(` ${mriTail}`)),
            citations: [CHIPS.acoemCh8, CHIPS.odgNeckMri],
          }
        : {
            ...item,
            rationale: doc(t(`${xrayHead}ODG `), chip(CHIPS.odgLowBack), t(` ${xrayTail}`)),
            citations: [CHIPS.acoemCh12, CHIPS.odgLowBack, CHIPS.literature],
          },
    ),
  };
  return { input, mriRationale, xrayRationale };
}

function splitOnce(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  return [text.slice(0, at), text.slice(at + marker.length)];
}

describe.skipIf(SAMPLE === undefined)('the letter of the sample case, typed as the sample letter', () => {
  const sample = readFileSync(SAMPLE ?? '', 'utf8');

  it('reads like the sample section by section once the header block, documents reviewed and footers are set aside', async () => {
    const { input } = typedAsTheSample(sample);
    const pdf = await renderLetterPdf(buildLetterModel(input));
    // The footer of every page ("IMR Case Number: … Page n of N") is one of the documented additions.
    const ours = squash(runPoppler('pdftotext', pdf)).replace(/IMR Case Number: CM\d{2}-\d{7} Page \d+ of \d+ ?/g, '');
    const documentsReviewed = ours.indexOf('DOCUMENTS REVIEWED');
    expect(documentsReviewed).toBeGreaterThan(0);
    expect(sections(ours.slice(0, documentsReviewed))).toEqual(sections(sample));
  });

  it('prints the typed prose of the rationale, without citation text, when chips anchor it and the setting is the default', () => {
    const { input, mriRationale, xrayRationale } = typedAsTheSample(sample);
    const text = squash(
      buildLetterModel(input)
        .blocks.flatMap((b) =>
          b.kind === 'paragraph' ? [b.inlines.map((i) => ('text' in i ? i.text : ' ')).join('')] : [],
        )
        .join(' '),
    );
    expect(text).toContain(`Decision rationale: ${mriRationale}`);
    expect(text).toContain(`Decision rationale: ${xrayRationale}`);
    expect(text).not.toContain('Page(s): 179-180 ;');
  });
});
