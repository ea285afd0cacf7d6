import { describe, expect, it } from 'vitest';
import { analyzeCaseFile } from '../../../electron/core/recordAnalysis/analyzeCaseFile';
import { groupDuplicates, pairKey } from '../../../electron/core/recordAnalysis/groupDuplicates';

const OPTS = { minYear: 1900, maxYear: 2026, latestDate: '2026-11-24' };
const NOTE = [
  'Harbor Spine Center',
  'PROGRESS NOTE',
  'Patient: Avery Okafor   Date of Service: 06/06/2014',
  'SUBJECTIVE: The patient returns for follow-up of her cervical spine. She is waiting for authorization for surgery.',
  'She reports that she completed a discogram and there were multiple levels of concordant pain.',
  'OBJECTIVE: Left axial tenderness. Positive axial head compression test on the left. Sensation intact.',
  'DIAGNOSTIC STUDIES: Electrodiagnostic studies revealed mild left C6 radiculopathy.',
  'PLAN: Continue to await authorization for the proposed anterior cervical surgery. Follow-up in four weeks.',
  'Electronically signed by Jane Roe, MD on 06/06/2014.',
].join('\n');
const OTHER = [
  'Seaside Imaging Center',
  'MRI LUMBAR SPINE WITHOUT CONTRAST',
  'Exam date: 02/03/2013',
  'FINDINGS: Mild disc desiccation at L4-5 with a small central protrusion. No canal stenosis. Normal conus.',
  'IMPRESSION: Degenerative disc disease at L4-5 without neural compression.',
  'Interpreted by: Vera Radiant, MD',
].join('\n');

/** Letters swapped as OCR of a fax swaps them, deterministically. */
const ocr = (text: string) =>
  text
    .replace(/m/g, 'rn')
    .replace(/l(?=e)/g, '1')
    .replace(/O/g, '0');

async function groupsOf(docs: { id: string; pages: string[] }[], threshold = 0.8) {
  const { edges } = await analyzeCaseFile(
    docs.map((d) => ({ id: d.id, pages: d.pages.map((text, i) => ({ page: i + 1, text })) })),
    OPTS,
  );
  const order = new Map(docs.map((d, i) => [d.id, i]));
  return { edges, groups: groupDuplicates(edges, threshold, new Set(), order) };
}

describe('duplicate pages', () => {
  it('groups exact, re-faxed, re-paginated and re-scanned copies under the fullest copy, with a similarity', async () => {
    const { groups } = await groupsOf([
      { id: 'original', pages: [NOTE, OTHER] },
      {
        id: 'compilation',
        pages: [
          `06/10/2014 14:32 FROM: GOLDEN MUTUAL FAX (555) 123-4567 P.1/9\n${NOTE}`,
          `${NOTE}\nPage 7 of 40`,
          ocr(NOTE),
          OTHER,
        ],
      },
    ]);
    expect(groups).toHaveLength(2);
    const note = groups.find((g) => g.principal.documentId === 'original' && g.principal.page === 1);
    expect(note?.members.map((m) => `${m.documentId}:${m.page}`)).toEqual([
      'original:1',
      'compilation:1',
      'compilation:2',
      'compilation:3',
    ]);
    for (const m of note?.members ?? []) expect(m.similarity).toBeGreaterThanOrEqual(0.8);
    const scanned = note?.members.find((m) => m.page === 3 && m.documentId === 'compilation');
    expect(scanned?.similarity).toBeLessThan(1);
    expect(groups.find((g) => g.principal.page === 2)?.members.map((m) => m.method)).toEqual(['exact', 'exact']);
  });

  it('does not group templated notes of different visits, nor pages below the threshold', async () => {
    const { groups } = await groupsOf([{ id: 'a', pages: [NOTE, NOTE.replaceAll('06/06/2014', '07/11/2014'), OTHER] }]);
    expect(groups).toEqual([]);
    const half = NOTE.split('\n').slice(0, 6).join('\n') + '\nPLAN: Start physical therapy twice a week for six weeks.';
    const { edges, groups: strict } = await groupsOf([{ id: 'b', pages: [NOTE, half] }], 0.95);
    expect(strict).toEqual([]);
    expect(edges.length).toBeGreaterThan(0);
    expect(groupDuplicates(edges, 0.5, new Set(), new Map([['b', 0]]))).toHaveLength(1);
  });

  it('leaves out pairs the reviewer marked distinct', async () => {
    const { edges } = await groupsOf([{ id: 'c', pages: [NOTE, `${NOTE}\nPage 2 of 2`] }]);
    const distinct = new Set([pairKey({ documentId: 'c', page: 1 }, { documentId: 'c', page: 2 })]);
    expect(groupDuplicates(edges, 0.8, distinct, new Map([['c', 0]]))).toEqual([]);
  });

  it('compares a page repeated 500 times once, and finds them all exact', async () => {
    const started = performance.now();
    const { edges, groups } = await groupsOf([{ id: 'r', pages: Array.from({ length: 500 }, () => NOTE) }]);
    expect(edges).toHaveLength(499);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.members).toHaveLength(500);
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
