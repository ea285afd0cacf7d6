import { describe, expect, it } from 'vitest';
import { clearLineCaches, createLineCache } from '../../../electron/core/recordAnalysis/createLineCache';

describe('createLineCache', () => {
  it('reads each line once, null results included, until the analysis ends', () => {
    const reads: string[] = [];
    const read = createLineCache((line) => (reads.push(line), line.startsWith('x') ? null : line.length));
    expect([read('abc'), read('xyz'), read('abc'), read('xyz')]).toEqual([3, null, 3, null]);
    expect(reads).toEqual(['abc', 'xyz']);
    clearLineCaches();
    expect(read('abc')).toBe(3);
    expect(reads).toEqual(['abc', 'xyz', 'abc']);
  });

  it('holds at most its bound: past it, everything is read again', () => {
    const reads: string[] = [];
    const read = createLineCache((line) => (reads.push(line), line.toUpperCase()), 2);
    for (const line of ['a', 'b', 'a', 'c', 'a']) read(line);
    // 'a' and 'b' fill it; 'c' drops both; 'a' is read again.
    expect(reads).toEqual(['a', 'b', 'c', 'a']);
  });
});
