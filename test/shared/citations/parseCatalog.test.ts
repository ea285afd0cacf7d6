import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../shared/citations/catalog/parseCatalog';

const good = {
  id: 'odg-knee-and-leg',
  family: 'odg',
  guideline: 'Official Disability Guidelines (ODG)',
  chapterNo: null,
  chapterTitle: 'Knee & Leg',
  topic: null,
  pages: null,
  bodyParts: ['knee'],
  effectiveFrom: null,
  effectiveTo: null,
  regSection: null,
  verified: false,
};

describe('parseCatalog', () => {
  it('returns the entries when every entry is valid', () => {
    expect(parseCatalog([{ name: 'odg.json', family: 'odg', data: [good] }])).toEqual([good]);
  });

  it('throws naming the file, position, id and field when an entry is invalid', () => {
    const bad = { ...good, id: 'odg-bad-date', effectiveFrom: '2019/01/01' };
    expect(() => parseCatalog([{ name: 'odg.json', family: 'odg', data: [good, bad] }])).toThrow(
      /odg\.json\[1\] \(id "odg-bad-date"\) is invalid: effectiveFrom/,
    );
  });

  it('throws naming both places when an id is repeated', () => {
    expect(() =>
      parseCatalog([
        { name: 'a.json', family: 'odg', data: [good] },
        { name: 'b.json', family: 'odg', data: [good] },
      ]),
    ).toThrow(/b\.json\[0\] \(id "odg-knee-and-leg"\) repeats the id "odg-knee-and-leg" already used by a\.json\[0\]/);
  });

  it('throws when an entry sits in the file of another family', () => {
    expect(() => parseCatalog([{ name: 'cpmtg.json', family: 'mtus_cpmtg', data: [good] }])).toThrow(
      /has family "odg"/,
    );
  });

  it('throws when an entry ends before it starts', () => {
    const reversed = { ...good, effectiveFrom: '2020-01-01', effectiveTo: '2019-01-01' };
    expect(() => parseCatalog([{ name: 'odg.json', family: 'odg', data: [reversed] }])).toThrow(
      /ends \(2019-01-01\) before it starts/,
    );
  });

  it('throws when a file is not an array', () => {
    expect(() => parseCatalog([{ name: 'odg.json', family: 'odg', data: { entries: [] } }])).toThrow(
      /odg\.json must hold a JSON array/,
    );
  });
});
