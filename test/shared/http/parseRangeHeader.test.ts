import { describe, expect, it } from 'vitest';
import { parseRangeHeader } from '../../../shared/http/parseRangeHeader';

describe('parseRangeHeader', () => {
  it('reads open, closed and suffix ranges when they fit the size', () => {
    expect(parseRangeHeader('bytes=0-99', 1000)).toEqual({ kind: 'range', start: 0, end: 99 });
    expect(parseRangeHeader('bytes=900-', 1000)).toEqual({ kind: 'range', start: 900, end: 999 });
    expect(parseRangeHeader('bytes=-100', 1000)).toEqual({ kind: 'range', start: 900, end: 999 });
    expect(parseRangeHeader('bytes=990-5000', 1000)).toEqual({ kind: 'range', start: 990, end: 999 });
  });

  it('ignores the header when it is absent, malformed, multi-range or inverted', () => {
    for (const header of [undefined, 'items=0-1', 'bytes=0-1,5-6', 'bytes=50-10', 'bytes=-']) {
      expect(parseRangeHeader(header, 1000)).toEqual({ kind: 'none' });
    }
  });

  it('reports unsatisfiable when the range starts at or past the end', () => {
    expect(parseRangeHeader('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRangeHeader('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRangeHeader('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});
