import { describe, expect, it } from 'vitest';
import type { LetterModel } from '../../../../shared/domain/letter/letterModel';
import { letterToPlainText } from '../../../../shared/domain/letter/letterToPlainText';

const run = (text: string, bold = false) => ({ text, bold, italic: false });

describe('letterToPlainText', () => {
  it('separates blocks by blank lines and numbers list items from their start when the letter has lists', () => {
    const model: LetterModel = {
      caseNumber: 'CM14-0012345',
      title: 'IMR Final Determination CM14-0012345',
      decisionDate: '2014-07-01',
      blocks: [
        { kind: 'heading', level: 1, text: 'HEADING' },
        { kind: 'paragraph', inlines: [run('Label: ', true), run('value'), { lineBreak: true }, run('second line')] },
        {
          kind: 'list',
          ordered: true,
          start: 2,
          items: [
            [{ kind: 'paragraph', inlines: [run('two')] }],
            [
              { kind: 'paragraph', inlines: [run('three')] },
              { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', inlines: [run('dot')] }]] },
            ],
          ],
        },
      ],
    };
    expect(letterToPlainText(model)).toBe('HEADING\n\nLabel: value\nsecond line\n\n2. two\n3. three\n   \u2022 dot');
  });
});
