import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../shared/citations/citation';
import { createCatalogSearch } from '../../../shared/citations/catalog/createCatalogSearch';
import { loadCatalog } from '../../../shared/citations/catalog/loadCatalog';

const catalog = loadCatalog();
const picker = createCatalogSearch(catalog);
const ids = (query: string, opts: Parameters<typeof picker.search>[1] = {}) =>
  picker.search(query, opts).map((hit) => hit.entry.id);

describe('createCatalogSearch', () => {
  it('ranks the 2009 ACOEM neck imaging pages first, then the special-studies pages, then ODG neck MRI, in 2014', () => {
    const hits = ids('neck mri', { urDecisionDate: '2014-04-03' });
    expect(hits.slice(0, 3)).toEqual([
      'mtus-acoem-2004-ch8-p179-180',
      'mtus-acoem-2004-ch8-p177-178',
      'odg-neck-and-upper-back-mri',
    ]);
  });

  it.each([
    ['cervical imaging', 'mtus-acoem-2004-ch8-p179-180'],
    ['flexion extension x-ray', 'mtus-acoem-2004-ch12-p303-304'],
    ['opioids long term', 'mtus-cpmtg-opioids-long-term-assessment'],
    ['meniscectomy', 'mtus-acoem-2004-ch13-p344-345'],
    ['physical therapy', 'mtus-cpmtg-physical-medicine'],
  ])('ranks the pages that cover the topic first when queried "%s" in 2014', (query, expected) => {
    expect(ids(query, { urDecisionDate: '2014-04-03' })[0]).toBe(expected);
  });

  it("lists one chapter's page ranges in page order, the chapter itself first, when queried by chapter", () => {
    const hits = ids('acoem chapter 8', { urDecisionDate: '2014-04-03' }).filter((id) =>
      id.startsWith('mtus-acoem-2004-ch8'),
    );
    expect(hits).toEqual([
      'mtus-acoem-2004-ch8',
      'mtus-acoem-2004-ch8-p173-175',
      'mtus-acoem-2004-ch8-p177-178',
      'mtus-acoem-2004-ch8-p179-180',
      'mtus-acoem-2004-ch8-p181-183',
    ]);
    expect(ids('acoem chapter 8', { urDecisionDate: '2014-04-03' }).slice(0, 5)).toEqual(hits);
  });

  it('ranks the cervical spine guideline in force after the 2019 AD order first when the UR decision was in 2022', () => {
    expect(ids('neck mri', { urDecisionDate: '2022-06-01' })[0]).toBe('mtus-acoem-cervical-thoracic-2018-10-17-mri');
  });

  it('finds the same hits when the terms are typed in another order', () => {
    expect(ids('mri neck', { urDecisionDate: '2014-04-03' }).slice(0, 2)).toEqual(
      ids('neck mri', { urDecisionDate: '2014-04-03' }).slice(0, 2),
    );
  });

  it('finds CPMTG opioid criteria by abbreviation, topic and page when queried "cpmtg opioids 76"', () => {
    expect(ids('cpmtg opioids 76')[0]).toBe('mtus-cpmtg-opioids-criteria-for-use');
  });

  it('returns only ODG low back entries, the chapter first, when queried "odg low back"', () => {
    const hits = picker.search('odg low back', { urDecisionDate: '2014-04-03', limit: 50 });
    expect(hits[0]?.entry.id).toBe('odg-low-back');
    expect(hits.every((hit) => hit.entry.family === 'odg' && hit.entry.bodyParts.includes('low back'))).toBe(true);
  });

  it('puts every MTUS hit before any Non-MTUS hit among entries in force', () => {
    for (const query of ['lumbar esi', 'knee', 'opioids', 'physical therapy', 'shoulder surgery']) {
      const hits = picker.search(query, { urDecisionDate: '2015-05-01', limit: 200 }).filter((hit) => hit.inForce);
      const firstNonMtus = hits.findIndex((hit) => !hit.mtus);
      const lastMtus = hits.map((hit) => hit.mtus).lastIndexOf(true);
      expect(firstNonMtus === -1 || lastMtus < firstNonMtus, query).toBe(true);
    }
  });

  it('puts entries in force on the UR decision date before entries that were not', () => {
    const hits = picker.search('low back mri', { urDecisionDate: '2019-09-01', limit: 200 });
    const firstStale = hits.findIndex((hit) => hit.inForce === false);
    expect(firstStale).toBeGreaterThan(0);
    expect(hits.slice(firstStale).every((hit) => hit.inForce === false)).toBe(true);
    expect(hits[0]?.entry.id).toBe('mtus-acoem-low-back-2019-03-07-mri');
  });

  it('boosts a recent pick above other hits of the same standing when the reviewer picked it lately', () => {
    const without = ids('knee', { urDecisionDate: '2015-05-01' });
    const recentId = 'mtus-acoem-2004-ch13-p344-345';
    const withRecent = picker.search('knee', { urDecisionDate: '2015-05-01', recentIds: [recentId] });
    expect(without[0]).not.toBe(recentId);
    expect(withRecent[0]).toMatchObject({ recent: true, entry: { id: recentId } });
  });

  it('does not lift a recent Non-MTUS pick above MTUS hits', () => {
    const hits = ids('knee mri', {
      urDecisionDate: '2015-05-01',
      recentIds: ['odg-knee-and-leg-mri-s-magnetic-resonance-imaging'],
    });
    expect(hits[0]).toBe('mtus-acoem-2004-ch13-p341-343');
  });

  it('tolerates a typo and flags the hits when no exact match exists', () => {
    const hits = picker.search('odg low bakc');
    expect(hits[0]).toMatchObject({ typo: true, entry: { id: 'odg-low-back' } });
  });

  it('matches reviewer aliases when queried by brand name or abbreviation', () => {
    expect(ids('norco', { urDecisionDate: '2015-01-01' })[0]).toBe('mtus-cpmtg-hydrocodone-acetaminophen');
    expect(ids('c-spine x-ray', { urDecisionDate: '2015-01-01' })).toContain(
      'odg-neck-and-upper-back-radiography-x-rays',
    );
    expect(ids('pitkanen')).toEqual(['lit-pitkanen-2002-segmental-lumbar-instability']);
  });

  it('lists recent picks, then MTUS for the hinted body part in force, when the query is empty', () => {
    const hits = picker.search('', {
      urDecisionDate: '2014-04-03',
      recentIds: ['odg-neck-and-upper-back-mri'],
      bodyPartHint: ['Cervical'],
    });
    expect(hits[0]?.entry.id).toBe('odg-neck-and-upper-back-mri');
    const rest = hits.slice(1);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest[0]).toMatchObject({ mtus: true, inForce: true });
    expect(rest.every((hit) => hit.entry.bodyParts.includes('neck'))).toBe(true);
    const firstNonMtus = rest.findIndex((hit) => !hit.mtus);
    expect(firstNonMtus === -1 || rest.slice(firstNonMtus).every((hit) => !hit.mtus)).toBe(true);
  });

  it('honours the limit when one is given', () => {
    expect(picker.search('back', { limit: 3 })).toHaveLength(3);
    expect(picker.search('back', { limit: 0 })).toEqual([]);
    expect(picker.search('back')).toHaveLength(20);
  });

  it.each([
    ['regex syntax', '(.*+?[\\^$|{}])'],
    ['an unbalanced quote and a dash', '"odg -'],
    ['a very long string', 'neck mri '.repeat(20_000)],
    ['only punctuation', '!!!---...'],
    ['emoji and accents', '💥 épidural ñ'],
    ['many short terms', 'a b c d e f g h i j k l m n o p'],
    ['a number only', '303'],
  ])('never throws and stays within the limit when given %s', (_, query) => {
    const hits = picker.search(query, { urDecisionDate: '2015-01-01', limit: 10 });
    expect(hits.length).toBeLessThanOrEqual(10);
  });

  it('never throws when given inputs of the wrong type', () => {
    const search = picker.search as (query: unknown, opts?: unknown) => unknown[];
    expect(() => search(undefined)).not.toThrow();
    expect(() =>
      search(42, { urDecisionDate: 'yesterday', recentIds: 'x', limit: Number.NaN, bodyPartHint: [null, 3] }),
    ).not.toThrow();
    expect(() => search('knee', null)).not.toThrow();
  });

  it('searches an empty catalog without throwing when there are no entries', () => {
    const empty = createCatalogSearch([] as CatalogEntry[]);
    expect(empty.search('neck mri')).toEqual([]);
    expect(empty.search('')).toEqual([]);
  });
});
