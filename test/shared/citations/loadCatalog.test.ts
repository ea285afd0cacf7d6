import { describe, expect, it } from 'vitest';
import { citationFamilySchema, type CitationFamily } from '../../../shared/citations/citation';
import { bodyPartAliases } from '../../../shared/citations/catalog/bodyPartAliases';
import { loadCatalog } from '../../../shared/citations/catalog/loadCatalog';

const catalog = loadCatalog();
const ofFamily = (family: CitationFamily) => catalog.filter((entry) => entry.family === family);

describe('loadCatalog', () => {
  it('returns at least 400 validated entries with unique ids when the shipped data is loaded', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(400);
    expect(new Set(catalog.map((entry) => entry.id)).size).toBe(catalog.length);
  });

  it('holds entries of every family when the shipped data is loaded', () => {
    for (const family of citationFamilySchema.options) expect(ofFamily(family).length, family).toBeGreaterThan(0);
  });

  it('covers ACOEM 2nd edition chapters 1 to 16 when the 2009 MTUS is loaded', () => {
    const chapters = new Set(ofFamily('mtus_acoem_2004').map((entry) => Number(entry.chapterNo)));
    expect([...chapters].sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('dates every 2009-era MTUS entry 2009-07-18 to 2017-11-30 when loaded', () => {
    for (const entry of [...ofFamily('mtus_acoem_2004'), ...ofFamily('mtus_cpmtg')]) {
      expect([entry.effectiveFrom, entry.effectiveTo], entry.id).toEqual(['2009-07-18', '2017-11-30']);
    }
  });

  it('starts each post-2017 ACOEM guideline on its AD-order effective date when loaded', () => {
    const byId = new Map(catalog.map((entry) => [entry.id, entry]));
    expect(byId.get('mtus-acoem-low-back-2016-02-24')).toMatchObject({
      effectiveFrom: '2017-12-01',
      effectiveTo: '2019-08-10',
    });
    expect(byId.get('mtus-acoem-low-back-2019-03-07')).toMatchObject({
      effectiveFrom: '2019-08-11',
      effectiveTo: '2021-11-22',
    });
    expect(byId.get('mtus-acoem-low-back-2020-02-13')).toMatchObject({
      effectiveFrom: '2021-11-23',
      effectiveTo: null,
    });
    expect(byId.get('mtus-acoem-knee-2019-12-03')).toMatchObject({ effectiveFrom: '2020-09-21', effectiveTo: null });
    for (const entry of ofFamily('mtus_acoem_2017')) expect(entry.effectiveFrom! >= '2017-12-01', entry.id).toBe(true);
  });

  it('leaves ODG open-ended when loaded', () => {
    for (const entry of ofFamily('odg'))
      expect([entry.effectiveFrom, entry.effectiveTo], entry.id).toEqual([null, null]);
  });

  it('marks the recalled ACOEM and CPMTG page numbers unverified except the example strings the domain reference and the sample letter verify', () => {
    const verifiedWithPages = catalog
      .filter((entry) => entry.verified && entry.pages !== null)
      .map((entry) => entry.id);
    expect(verifiedWithPages.sort()).toEqual([
      'mtus-acoem-2004-ch12-p303-304',
      'mtus-acoem-2004-ch8-p177-178',
      'mtus-acoem-2004-ch8-p179-180',
      'mtus-cpmtg-opioids-criteria-for-use',
      'mtus-postsurgical-shoulder-rotator-cuff-repair-impingement-syndrome',
    ]);
  });

  it('says what every page range covers: each entry with pages has a topic', () => {
    expect(catalog.filter((entry) => entry.pages !== null && !entry.topic?.trim()).map((e) => e.id)).toEqual([]);
  });

  it('uses only the normalised body-part names when loaded', () => {
    const known = new Set(Object.keys(bodyPartAliases));
    for (const entry of catalog)
      for (const part of entry.bodyParts) expect(known.has(part), `${entry.id}: ${part}`).toBe(true);
  });

  it('includes the flexion-extension radiography article of the sample letter when loaded', () => {
    expect(ofFamily('literature').map((entry) => entry.topic)).toContain(
      'Segmental Lumbar Spine Instability at Flexion-Extension Radiography can be Predicted by Conventional Radiography',
    );
  });
});
