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
