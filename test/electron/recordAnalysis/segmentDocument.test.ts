import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../../electron/core/recordAnalysis/segmentDocument';

const OPTS = { minYear: 1900, maxYear: 2026, latestDate: '2026-11-24' };
const pages = (...texts: string[]) => texts.map((text, i) => ({ page: i + 1, text }));
const spans = async (texts: string[], boundaries?: Map<number, 'split' | 'merge'>) =>
  (await segmentDocument(pages(...texts), { ...OPTS, boundaries })).encounters.map((e) => [
    e.startPage,
    e.endPage,
    e.serviceDate,
    e.docType,
  ]);

const BODY = 'The patient reports neck pain radiating to the left shoulder. Examination shows tenderness.';
const note = (date: string, title = 'PROGRESS NOTE', provider = 'Jane Roe, MD') =>
  `Harbor Spine Center\n${title}\nPatient: Avery Okafor   Date of Service: ${date}\nSUBJECTIVE: ${BODY}\nPLAN: Continue therapy.\nElectronically signed by ${provider} on ${date}.`;

describe('segmentDocument', () => {
  it('starts an encounter at each titled, dated page and reads its date, type and provider', async () => {
    const found = (
      await segmentDocument(pages(note('01/02/2014'), note('02/03/2014', 'OPERATIVE REPORT', 'Sam Lee, DO')), OPTS)
    ).encounters;
    expect(found.map((e) => [e.startPage, e.serviceDate, e.docType, e.provider, e.facility])).toEqual([
      [1, '2014-01-02', 'progress_note', 'Jane Roe, MD', 'Harbor Spine Center'],
      [2, '2014-02-03', 'procedure_note', 'Sam Lee, DO', 'Harbor Spine Center'],
    ]);
    expect(found[0]?.dateConfidence).toBeGreaterThan(0.9);
    expect(found[0]?.extract).toMatch(/^SUBJECTIVE: The patient reports neck pain/);
  });

  it('keeps continuation pages with their encounter (page markers, "continued", a sentence carried over)', async () => {
    expect(
      await spans([
        `${note('01/02/2014')}\nPage 1 of 3`,
        `Harbor Spine Center\nPatient: Avery Okafor   DOS: 01/02/2014   Page 2 of 3\n${BODY}`,
        `PROGRESS NOTE (continued)\nand the plan was discussed with the patient.\nPage 3 of 3`,
        note('03/04/2014'),
      ]),
    ).toEqual([
      [1, 3, '2014-01-02', 'progress_note'],
      [4, 4, '2014-03-04', 'progress_note'],
    ]);
  });

  it("ignores the compilation's own running header, dates and page numbers", async () => {
    const cover = (n: number, body: string) =>
      `Records produced by Golden Mutual\nDates of service: 10/15/2008 to 06/06/2014\nDate of injury: 10/08/2008\n${body}\nPage ${n} of 4`;
    const found = (
      await segmentDocument(
        pages(
          cover(1, `PROGRESS REPORT - Jane Roe, MD - Date of service: 10/15/2008\n${BODY}`),
          cover(2, `PROGRESS REPORT - Jane Roe, MD - Date of service: 11/15/2008\n${BODY}`),
          cover(3, `PHYSICAL THERAPY DAILY NOTE - Reggie Stretchwell, PT - Date of service: 11/20/2008\n${BODY}`),
          cover(4, `PROGRESS REPORT - Jane Roe, MD - Date of service: 12/15/2008\n${BODY}`),
        ),
        OPTS,
      )
    ).encounters;
    expect(found.map((e) => [e.startPage, e.serviceDate, e.docType])).toEqual([
      [1, '2008-10-15', 'progress_note'],
      [2, '2008-11-15', 'progress_note'],
      [3, '2008-11-20', 'therapy_note'],
      [4, '2008-12-15', 'progress_note'],
    ]);
  });

  it("uses a records index's page ranges and lists the index page itself undated", async () => {
    const index = 'RECORDS INDEX\nPages 2-3: Progress reports, Jane Roe, MD, 2014.\nPage 4: Pharmacy profile, 2014.';
    const found = await spans([index, `DOS 1/2/2014\n${BODY}`, BODY, `Fills: Naproxen #60.\nDate: 3/3/2014`]);
    expect(found.map(([start]) => start)).toEqual([1, 2, 4]);
    expect(found[0]).toEqual([1, 1, null, 'other']);
  });

  it("keeps the reviewer's splits and merges", async () => {
    const texts = [note('01/02/2014'), note('02/03/2014'), note('03/04/2014')];
    expect((await spans(texts, new Map([[2, 'merge']]))).map(([s, e]) => [s, e])).toEqual([
      [1, 2],
      [3, 3],
    ]);
    const one = [`${note('01/02/2014')}\nPage 1 of 2`, `${BODY}\nPage 2 of 2`];
    expect((await spans(one, new Map([[2, 'split']]))).map(([s]) => s)).toEqual([1, 2]);
  });

  it('marks what it could not find instead of guessing: no date, several dates, a date after the record arrived', async () => {
    const [undated] = (await segmentDocument(pages(`Orthopedic Consultation\n${BODY}`), OPTS)).encounters;
    expect(undated).toMatchObject({ serviceDate: null, dateConfidence: 0, docType: 'consultation' });
    expect(undated?.notes).toContain('No date of service found.');
    const [several] = (
      await segmentDocument(
        pages(`PROGRESS NOTE\nDate of service: 01/02/2014\nDate of service: 01/09/2014\n${BODY}`),
        OPTS,
      )
    ).encounters;
    expect(several?.serviceDate).toBe('2014-01-02');
    expect(several?.dateConfidence).toBeLessThan(0.7);
    const [future] = (
      await segmentDocument(pages(`PROGRESS NOTE\nDate of service: 01/02/2027\n${BODY}`), {
        ...OPTS,
        maxYear: 2030,
      })
    ).encounters;
    expect(future?.serviceDate).toBeNull();
  });

  it('handles empty pages, one page repeated 500 times and a 3,000-page record without failing', async () => {
    expect((await segmentDocument([], OPTS)).encounters).toEqual([]);
    expect(await spans(['', '   '])).toEqual([[1, 2, null, 'other']]);
    const repeated = await segmentDocument(pages(...Array.from({ length: 500 }, () => note('01/02/2014'))), OPTS);
    expect(repeated.encounters.length).toBeGreaterThan(0);
    expect(repeated.encounters.every((e) => e.serviceDate === '2014-01-02')).toBe(true);
    const long = await segmentDocument(
      pages(...Array.from({ length: 3000 }, (_, i) => note(`${(i % 12) + 1}/${(i % 27) + 1}/20${10 + (i % 10)}`))),
      OPTS,
    );
    expect(long.encounters.length).toBe(3000);
  });
});
