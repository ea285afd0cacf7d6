import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../../electron/core/audit/verifyAuditTrail';
import { insertCase } from '../../../electron/core/db/repositories/caseRepository';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';
import { buildRecordPdf } from '../records/support/buildRecordPdf';
import { importFiles } from '../records/support/importFiles';

const SAMPLE_CASE = 'CM14-0012345';
const COMPILATION = 'Complete medical records';
const JUNE_NOTE = "Primary Treating Physician's Progress Report (PR-2)";

describe('chronology, duplicates and coverage through the registrar (demo workspace)', () => {
  let t: TestWorkspace;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestWorkspace({ seedDemo: true });
    caseId = (await t.call('cases.list', {})).find((c) => c.caseNumber === SAMPLE_CASE)!.id;
    await t.call('chronology.analyze', { caseId });
  }, 120_000);
  afterAll(() => t.dispose());

  const list = () => t.call('chronology.list', { caseId });
  const byTitle = async (title: string) =>
    (await t.call('records.documents', { caseId })).find((d) => d.title === title)!;

  it('splits the 60-page compilation into dated encounters and marks the RFA and UR dates', async () => {
    const { encounters, markers, analysis } = await list();
    expect(analysis).toMatchObject({ state: 'idle', complete: true, pages: 72 });
    expect(markers).toEqual({
      dateOfInjury: '2008-10-08',
      rfaDate: '2014-03-27',
      urDecisionDate: '2014-04-03',
      applicationDate: '2014-04-24',
    });
    const compilation = encounters.filter((e) => e.documentTitle === COMPILATION);
    expect(compilation).toHaveLength(60);
    expect(compilation.filter((e) => e.serviceDate !== null)).toHaveLength(59);
    expect(compilation.find((e) => e.startPage === 38)).toMatchObject({
      serviceDate: '2008-11-03',
      docType: 'therapy_note',
      provider: 'Reggie Stretchwell, PT',
    });
  });

  it('links page 37 to the 6/6/14 progress report it copies', async () => {
    const { encounters } = await list();
    const copy = encounters.find((e) => e.documentTitle === COMPILATION && e.startPage === 37)!;
    expect(copy.duplicateOf).toMatchObject({ documentTitle: JUNE_NOTE, startPage: 1 });
    const original = encounters.find((e) => e.id === `${copy.duplicateOf!.documentId}:1`)!;
    expect(original).toMatchObject({ serviceDate: '2014-06-06', docType: 'progress_note' });
    expect(original.copies).toEqual([
      { documentId: copy.documentId, documentTitle: COMPILATION, startPage: 37, endPage: 37 },
    ]);

    const { groups, threshold } = await t.call('duplicates.list', { caseId });
    expect(threshold).toBe(0.8);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members.map((m) => [m.documentTitle, m.page])).toEqual([
      [JUNE_NOTE, 1],
      [COMPILATION, 37],
    ]);
    const similarity = groups[0]!.members[1]!.similarity;
    expect(similarity).toBeGreaterThan(0.8);
    expect(similarity).toBeLessThan(1);

    const compared = await t.call('duplicates.compare', {
      left: { documentId: copy.documentId, page: 37 },
      right: { documentId: copy.duplicateOf!.documentId, page: 1 },
    });
    expect(compared.similarity).toBe(similarity);
    expect(compared.rows.some((r) => r.kind === 'same' && r.left?.startsWith('SUBJECTIVE:'))).toBe(true);
    expect(compared.rows.find((r) => r.left === 'Page 37 of 60')).toMatchObject({
      right: 'Page 1 of 1',
      kind: 'changed',
    });
  });

  it('finds "C6" once per duplicate group, each hit with its encounter', async () => {
    const { hits, total } = await t.call('records.search', { caseId, query: 'C6' });
    const june = hits.filter((h) => h.encounter?.serviceDate === '2014-06-06');
    expect(june).toHaveLength(1);
    expect(june[0]!.alsoOn).toHaveLength(1);
    expect(hits.length).toBe(total - 1);
    expect(hits.every((h) => h.encounter !== null)).toBe(true);
  });

  it('keeps a correction through re-analysis and records it in the audit trail', async () => {
    const compilation = await byTitle(COMPILATION);
    const corrected = await t.call('chronology.correct', {
      documentId: compilation.id,
      startPage: 54,
      docType: 'consultation',
      serviceDate: '2012-11-15',
    });
    expect(corrected).toMatchObject({ docType: 'consultation', serviceDate: '2012-11-15', typeConfidence: 1 });
    expect(corrected.corrected.sort()).toEqual(['docType', 'serviceDate']);
    await t.call('chronology.analyze', { caseId });
    const again = (await list()).encounters.find((e) => e.documentId === compilation.id && e.startPage === 54);
    expect(again).toMatchObject({ docType: 'consultation', serviceDate: '2012-11-15' });
    const trail = await t.call('audit.trail', { caseId });
    expect(trail.some((e) => e.action === 'encounter.corrected')).toBe(true);
    expect(verifyAuditTrail(t.backend.ws.db).ok).toBe(true);
  });

  it('merges and splits encounters at the reviewer’s word, and keeps them after re-analysis', async () => {
    const compilation = await byTitle(COMPILATION);
    const merged = await t.call('chronology.setBoundary', { documentId: compilation.id, page: 3, kind: 'merge' });
    expect(merged.encounters.find((e) => e.startPage === 2)).toMatchObject({ endPage: 3 });
    await t.call('chronology.analyze', { caseId });
    expect((await list()).encounters.find((e) => e.documentId === compilation.id && e.startPage === 2)).toMatchObject({
      endPage: 3,
    });
    const split = await t.call('chronology.setBoundary', { documentId: compilation.id, page: 3, kind: 'split' });
    expect(split.encounters.find((e) => e.startPage === 2)).toMatchObject({ endPage: 2 });
    await expect(
      t.call('chronology.setBoundary', { documentId: compilation.id, page: 61, kind: 'split' }),
    ).rejects.toThrow(/has 60 pages/);
  });

  it('regroups at a new threshold and without pairs marked distinct', async () => {
    const { groups } = await t.call('duplicates.list', { caseId });
    const [principal, copy] = groups[0]!.members;
    expect(await t.call('duplicates.setThreshold', { caseId, threshold: 0.95 })).toEqual({
      threshold: 0.95,
      groups: 0,
    });
    expect((await list()).encounters.every((e) => e.duplicateOf === null)).toBe(true);
    expect(await t.call('duplicates.setThreshold', { caseId, threshold: 0.8 })).toEqual({ threshold: 0.8, groups: 1 });
    const ref = (m: typeof principal) => ({ documentId: m!.documentId, page: m!.page });
    expect(await t.call('duplicates.markDistinct', { left: ref(copy), right: ref(principal), distinct: true })).toEqual(
      {
        groups: 0,
      },
    );
    expect((await t.call('duplicates.forPage', ref(copy))).group).toBeNull();
    expect(
      await t.call('duplicates.markDistinct', { left: ref(principal), right: ref(copy), distinct: false }),
    ).toEqual({
      groups: 1,
    });
    await expect(t.call('duplicates.setThreshold', { caseId, threshold: 0.3 })).rejects.toThrow(/invalid/);
  });

  it('counts pages displayed and their duplicates as seen', async () => {
    const compilation = await byTitle(COMPILATION);
    const june = (await t.call('records.documents', { caseId })).find(
      (d) => d.title === JUNE_NOTE && d.serviceDate === '2014-06-06',
    )!;
    expect(
      await t.call('coverage.pagesViewed', {
        documentId: compilation.id,
        pages: [
          { page: 37, ms: 2400 },
          { page: 38, ms: 1800 },
          { page: 999, ms: 1800 },
        ],
      }),
    ).toEqual({ recorded: 2 });
    const coverage = new Map((await t.call('coverage.list', { caseId })).map((c) => [c.documentId, c]));
    expect(coverage.get(compilation.id)).toEqual({
      documentId: compilation.id,
      pageCount: 60,
      pagesSeen: 2,
      pagesDisplayed: 2,
    });
    expect(coverage.get(june.id)).toMatchObject({ pagesSeen: 1, pagesDisplayed: 0 });
    const trail = await t.call('audit.trail', { caseId });
    expect(trail.filter((e) => e.action === 'document.viewed').at(-1)?.details).toEqual({
      documentId: compilation.id,
      pages: [{ from: 37, to: 38 }],
    });
    const seen = (await list()).encounters.find((e) => e.documentId === june.id);
    expect(seen).toMatchObject({ pagesSeen: 1, pageCount: 1 });
  });

  it('lists the compilation by its encounters’ real dates in the letter’s documents reviewed', async () => {
    const { lines } = await t.call('records.documentsReviewed', { caseId });
    expect(lines.map((l) => l.text).join('\n')).not.toMatch(/date of service not stated/);
    const compilation = await byTitle(COMPILATION);
    const fromCompilation = lines.filter((l) => l.documentIds.includes(compilation.id));
    expect(fromCompilation.length).toBeGreaterThan(3);
    expect(fromCompilation.map((l) => l.text)).toContain(
      'Reggie Stretchwell, PT: Therapy notes, 11/03/2008 to 12/04/2008 (10 documents, 10 pages)',
    );
  });
});

describe('chronology of imported records', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await createTestWorkspace();
    insertCase(t.backend.ws.db, caseFixture());
  });
  afterAll(() => t.dispose());

  it('analyzes a file in the background once its import finishes', async () => {
    const pdf = await buildRecordPdf([
      'ORTHOPEDIC CONSULTATION\nDate of service: 01/02/2015\nHISTORY OF PRESENT ILLNESS: Knee pain after a fall at work.\nSigned by Sam Lee, MD',
      'PROGRESS NOTE\nDate of service: 02/03/2015\nSUBJECTIVE: Better.\nPLAN: Continue therapy.\nSigned by Sam Lee, MD',
    ]);
    await importFiles(t, 'case-1', [{ name: 'Knee records.pdf', bytes: pdf }]);
    const services = t.backend.services();
    expect(services?.analysis.state('case-1')).not.toBe('idle');
    await services?.analysis.settled('case-1');
    const { encounters, analysis } = await t.call('chronology.list', { caseId: 'case-1' });
    expect(analysis).toMatchObject({ state: 'idle', pages: 2, complete: true });
    expect(encounters.map((e) => [e.startPage, e.serviceDate, e.docType, e.provider])).toEqual([
      [1, '2015-01-02', 'consultation', 'Sam Lee, MD'],
      [2, '2015-02-03', 'progress_note', 'Sam Lee, MD'],
    ]);
  });

  it('refuses unknown cases, documents and pages with messages a reviewer can act on', async () => {
    await expect(t.call('chronology.list', { caseId: 'no-such-case' })).rejects.toThrow(/not in this workspace/);
    await expect(t.call('chronology.correct', { documentId: 'gone', startPage: 1, provider: 'X' })).rejects.toThrow(
      /no longer in the case/,
    );
    const [doc] = await t.call('records.documents', { caseId: 'case-1' });
    await expect(t.call('chronology.correct', { documentId: doc!.id, startPage: 2000, provider: 'X' })).rejects.toThrow(
      /No encounter starts on page 2000/,
    );
    await expect(
      t.call('duplicates.compare', { left: { documentId: doc!.id, page: 1 }, right: { documentId: doc!.id, page: 9 } }),
    ).rejects.toThrow(/has no page 9/);
  });
});
