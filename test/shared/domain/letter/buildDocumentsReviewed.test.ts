import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../../shared/domain/caseModel';
import { buildDocumentsReviewed } from '../../../../shared/domain/letter/buildDocumentsReviewed';
import { SAMPLE_DOCUMENTS } from './sampleLetterInput';

function doc(id: string, overrides: Partial<DocumentMeta>): DocumentMeta {
  return { ...(SAMPLE_DOCUMENTS[0] as DocumentMeta), id, ...overrides };
}

describe('buildDocumentsReviewed', () => {
  it('groups by provider and type in order of first date of service when given the sample file', () => {
    expect(buildDocumentsReviewed(SAMPLE_DOCUMENTS).map((line) => line.text)).toEqual([
      'Bayside Imaging: Imaging reports, 10/11/2013 to 01/15/2014 (2 documents, 4 pages)',
      'Alan Reyes, MD: Progress notes, 03/27/2014 to 06/06/2014 (2 documents, 7 pages)',
      'Coastline Review Services (demo): Utilization review determination, 04/03/2014 (1 document, 5 pages)',
      'Alan Reyes, MD: Application for Independent Medical Review, 04/24/2014 (1 document, 2 pages)',
    ]);
  });

  it('merges provider spellings that differ only in case and spacing when grouping', () => {
    const lines = buildDocumentsReviewed([
      doc('a', { provider: 'Alan  Reyes, MD', serviceDate: '2014-01-02' }),
      doc('b', { provider: 'alan reyes, md', serviceDate: '2014-02-03' }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.documentIds).toEqual(['a', 'b']);
    expect(lines[0]?.provider).toBe('Alan Reyes, MD');
  });

  it('counts undated documents and lists undated groups last when dates of service are missing', () => {
    const lines = buildDocumentsReviewed([
      doc('a', { provider: '', docType: 'correspondence', serviceDate: null, pageCount: 0 }),
      doc('b', { serviceDate: null }),
      doc('c', { serviceDate: '2014-05-05' }),
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      'Alan Reyes, MD: Progress notes, 05/05/2014 and 1 undated (2 documents, 8 pages)',
      'Provider not stated: Correspondence, date of service not stated (1 document)',
    ]);
    expect(lines[0]?.undatedCount).toBe(1);
  });

  it('returns no lines when the file has no documents', () => {
    expect(buildDocumentsReviewed([])).toEqual([]);
  });
});
