import { describe, expect, it } from 'vitest';
import { wrapParagraph } from '../../../electron/core/demo/wrapParagraph';

const widthOf = (s: string) => s.length;

describe('wrapParagraph', () => {
  it('breaks at spaces without exceeding the width when words fit', () => {
    expect(wrapParagraph('aa bb cc dd', 5, widthOf)).toEqual(['aa bb', 'cc dd']);
  });

  it('splits a word by characters when it is wider than the line', () => {
    expect(wrapParagraph('ab abcdefgh cd', 4, widthOf)).toEqual(['ab', 'abcd', 'efgh', 'cd']);
  });

  it('returns no lines when the text is blank', () => {
    expect(wrapParagraph('  ', 10, widthOf)).toEqual([]);
  });
});
