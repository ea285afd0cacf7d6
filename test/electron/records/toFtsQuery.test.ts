import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../electron/core/records/toFtsQuery';

describe('toFtsQuery', () => {
  it('quotes words and phrases and keeps prefixes when the reviewer types search syntax', () => {
    expect(toFtsQuery('radic*')).toBe('"radic"*');
    expect(toFtsQuery('"lumbar radiculopathy" MRI')).toBe('"lumbar radiculopathy" "MRI"');
    expect(toFtsQuery('"lumbar radic*"')).toBe('"lumbar radic"*');
    expect(toFtsQuery('knee OR hip')).toBe('"knee" OR "hip"');
    expect(toFtsQuery('C5-6 disc')).toBe('"C5-6" "disc"');
  });

  it('searches a one-letter prefix as the letter itself, since it would match most of the index', () => {
    expect(toFtsQuery('a*')).toBe('"a"');
    expect(toFtsQuery('"vitamin d*"')).toBe('"vitamin d"');
    expect(toFtsQuery('L4*')).toBe('"L4"*');
  });

  it('returns null when nothing searchable is left', () => {
    for (const q of ['', '   ', '*', '"', '()&&', 'OR', '-- ;']) expect(toFtsQuery(q)).toBeNull();
  });

  it('never produces a query FTS5 rejects when the input is full of operators and punctuation', () => {
    const db = new Database(':memory:');
    db.exec("create virtual table t using fts5(text, tokenize = 'porter unicode61')");
    db.prepare('insert into t (text) values (?)').run('Lumbar radiculopathy at L4-5; NEAR the knee (left).');
    const nasty = [
      'NEAR(a b)',
      'text:lumbar',
      '"unterminated',
      'a AND',
      'NOT knee',
      '^start',
      'col:*',
      '***',
      'a OR OR b',
      '(knee',
      'knee)',
      '{a b}',
      "it's",
      'L4-5;',
      'x"y"z',
      '\\',
      '+-',
      'ünïcödé',
      '"" ""',
      'OR knee OR',
    ];
    for (const q of nasty) {
      const fts = toFtsQuery(q);
      if (fts) expect(() => db.prepare('select count(*) from t where t match ?').get(fts), q).not.toThrow();
    }
    db.close();
  });
});
