import { describe, expect, it } from 'vitest';
import { literatureInputSchema, literatureToCatalogEntry } from '../../../shared/citations/catalog/literatureEntry';
import { formatCitation } from '../../../shared/citations/format/formatCitation';

const article = {
  authors: 'Fritz JM, et al.',
  title: 'Accuracy of the Clinical Examination to Predict Radiographic Instability of the Lumbar Spine',
  journal: 'European Spine Journal',
  year: 2005,
  pmid: '16047211',
  doi: '10.1007/s00586-004-0803-4',
};

describe('literatureEntry', () => {
  it('turns a reviewer article into an unverified literature catalog entry when the input is valid', () => {
    const entry = literatureToCatalogEntry(article, 'lit-user-1');
    expect(entry).toMatchObject({
      id: 'lit-user-1',
      family: 'literature',
      topic: article.title,
      pmid: '16047211',
      verified: false,
    });
    expect(formatCitation(entry)).toBe(
      `Other Medical Treatment Guideline or Medical Evidence: Peer-reviewed literature (${article.title})`,
    );
  });

  it('strips PMID and DOI prefixes when they are pasted with them', () => {
    const parsed = literatureInputSchema.parse({
      ...article,
      pmid: 'PMID: 16047211',
      doi: 'https://doi.org/10.1007/s00586-004-0803-4',
    });
    expect([parsed.pmid, parsed.doi]).toEqual(['16047211', '10.1007/s00586-004-0803-4']);
  });

  it('treats blank or null identifiers as absent when they are left empty', () => {
    const entry = literatureToCatalogEntry({ ...article, pmid: '  ', doi: null }, 'lit-user-2');
    expect([entry.pmid, entry.doi]).toEqual([null, null]);
  });

  it.each([
    ['a PMID with letters', { pmid: '1604721a' }],
    ['a DOI without the 10. prefix', { doi: '1007/s00586-004-0803-4' }],
    ['a DOI without a suffix', { doi: '10.1007/' }],
    ['an empty title', { title: '  ' }],
    ['a year in the future', { year: 3000 }],
    ['a fractional year', { year: 2005.5 }],
  ])('rejects %s', (_, change) => {
    expect(literatureInputSchema.safeParse({ ...article, ...change }).success).toBe(false);
    expect(() => literatureToCatalogEntry({ ...article, ...change }, 'lit-user-3')).toThrow();
  });
});
