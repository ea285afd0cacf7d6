import { describe, expect, it } from 'vitest';
import { richTextToLetterBlocks } from '../../../../shared/domain/letter/richTextToLetterBlocks';
import type { RichTextDoc } from '../../../../shared/editor/richText';
import { CHIPS } from './sampleLetterInput';

describe('richTextToLetterBlocks', () => {
  it('keeps headings, bold and italic runs, line breaks and lists when the editor used them', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Imaging' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Plain ' },
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' and ' },
            { type: 'text', text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'next line' },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first' }] }] },
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'second' }] },
                {
                  type: 'bulletList',
                  content: [
                    { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(richTextToLetterBlocks(doc)).toEqual([
      { kind: 'heading', level: 2, text: 'Imaging' },
      {
        kind: 'paragraph',
        inlines: [
          { text: 'Plain ', bold: false, italic: false },
          { text: 'bold', bold: true, italic: false },
          { text: ' and ', bold: false, italic: false },
          { text: 'both', bold: true, italic: true },
          { lineBreak: true },
          { text: 'next line', bold: false, italic: false },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [{ kind: 'paragraph', inlines: [{ text: 'first', bold: false, italic: false }] }],
          [
            { kind: 'paragraph', inlines: [{ text: 'second', bold: false, italic: false }] },
            {
              kind: 'list',
              ordered: false,
              start: 1,
              items: [[{ kind: 'paragraph', inlines: [{ text: 'nested', bold: false, italic: false }] }]],
            },
          ],
        ],
      },
    ]);
  });

  it('prints chips as their label and quotes in quotation marks when the rationale holds them', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Per ' },
            { type: 'citation', attrs: { ...CHIPS.odgNeckMri } },
            { type: 'text', text: ', the note says ' },
            { type: 'quote', attrs: { text: 'no radicular signs', documentId: 'd1', page: 3 } },
            { type: 'text', text: '.' },
          ],
        },
      ],
    };
    expect(richTextToLetterBlocks(doc)).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          {
            text: `Per ${CHIPS.odgNeckMri.label}, the note says \u201cno radicular signs\u201d.`,
            bold: false,
            italic: false,
          },
        ],
      },
    ]);
  });

  it('drops empty paragraphs and trims blank edges when the editor left them', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [{ type: 'hardBreak' }, { type: 'text', text: '  text\there  ' }, { type: 'hardBreak' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: '   ' }] },
      ],
    };
    expect(richTextToLetterBlocks(doc)).toEqual([
      { kind: 'paragraph', inlines: [{ text: 'text here', bold: false, italic: false }] },
    ]);
  });
});

describe('citation chips in the text, printed as the workspace chooses', () => {
  const para = (...content: RichTextDoc['content'] & object): RichTextDoc => ({
    type: 'doc',
    content: [{ type: 'paragraph', content }],
  });
  const t = (text: string) => ({ type: 'text', text });
  const c = (chip: (typeof CHIPS)[keyof typeof CHIPS]) => ({ type: 'citation', attrs: { ...chip } });
  const textOf = (doc: RichTextDoc, style: 'none' | 'short' | 'full') =>
    richTextToLetterBlocks(doc, style)
      .flatMap((b) => (b.kind === 'paragraph' ? b.inlines : []))
      .map((i) => ('text' in i ? i.text : '\n'))
      .join('');

  const redFlags = para(
    t('California MTUS supports imaging studies with red flag conditions '),
    c(CHIPS.acoemCh8),
    t(' ; physiologic evidence of tissue insult.'),
  );
  const afterChip = para(t('Flexion/extension views are supported '), c(CHIPS.acoemCh12), t(' .'));
  const inParens = para(
    t('ODG ('),
    c(CHIPS.odgLowBack),
    t(') states that imaging may precede fusion ('),
    c(CHIPS.acoemCh12),
    t('; '),
    c(CHIPS.literature),
    t(').'),
  );

  it('prints nothing for the chips by default and leaves no stray space, bracket or punctuation', () => {
    expect(textOf(redFlags, 'none')).toBe(
      'California MTUS supports imaging studies with red flag conditions; physiologic evidence of tissue insult.',
    );
    expect(textOf(afterChip, 'none')).toBe('Flexion/extension views are supported.');
    expect(textOf(inParens, 'none')).toBe('ODG states that imaging may precede fusion.');
  });

  it('prints the short form with correct spacing when the workspace asks for it', () => {
    expect(textOf(redFlags, 'short')).toBe(
      'California MTUS supports imaging studies with red flag conditions ACOEM Ch. 8, pp. 179-180; physiologic evidence of tissue insult.',
    );
    expect(textOf(afterChip, 'short')).toBe('Flexion/extension views are supported ACOEM Ch. 12, pp. 303-304.');
    expect(textOf(inParens, 'short')).toBe(
      'ODG (ODG Low Back) states that imaging may precede fusion (ACOEM Ch. 12, pp. 303-304; Segmental Lumbar Spine Instability at Flexion-Extension Radiography can be Predicted by Conventional Radiography).',
    );
  });

  it('prints the full citation without the spacing artifacts when the workspace asks for it', () => {
    expect(textOf(redFlags, 'full')).toBe(
      `California MTUS supports imaging studies with red flag conditions ${CHIPS.acoemCh8.label}; physiologic evidence of tissue insult.`,
    );
    expect(textOf(afterChip, 'full')).toBe(`Flexion/extension views are supported ${CHIPS.acoemCh12.label}.`);
  });

  it('keeps a private-use character typed by the reviewer from being read as a chip', () => {
    expect(textOf(para(t('A\uE0000\uE000 B')), 'none')).toBe('A0 B');
  });
});
