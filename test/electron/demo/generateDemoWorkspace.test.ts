import { createHash } from 'node:crypto';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../electron/core/demo/generateDemoWorkspace';
import type { DemoWorkspace } from '../../../electron/core/demo/demoWorkspace';
import { caseRecordSchema, disputedItemSchema, documentMetaSchema } from '../../../shared/domain/caseModel';

const today = '2026-11-20';
const daysFromToday = (date: string) => differenceInCalendarDays(parseISO(date), parseISO(today));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const withoutPdf = (ws: DemoWorkspace) =>
  ws.cases.map((c) => ({ ...c, documents: c.documents.map(({ pdf, ...d }) => ({ ...d, sha256: sha(pdf) })) }));

describe('generateDemoWorkspace', () => {
  let ws: DemoWorkspace;
  beforeAll(async () => {
    ws = await generateDemoWorkspace({ today, seed: 1 });
  });

  it('creates at least 12 cases with distinct case numbers when generated', () => {
    expect(ws.cases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ws.cases.map((c) => c.caseNumber)).size).toBe(ws.cases.length);
  });

  it('satisfies the case, item and document schemas when given ids', () => {
    ws.cases.forEach((c, ci) => {
      const { items, documents, ...record } = c;
      const caseId = `case-${ci}`;
      expect(() =>
        caseRecordSchema.parse({ ...record, id: caseId, status: 'assigned', updatedAt: `${today}T08:00:00.000Z` }),
      ).not.toThrow();
      items.forEach((item, position) =>
        expect(() =>
          disputedItemSchema.parse({ ...item, id: `${caseId}-i${position}`, caseId, position }),
        ).not.toThrow(),
      );
      documents.forEach((doc, di) =>
        expect(() =>
          documentMetaSchema.parse({
            id: `${caseId}-d${di}`,
            caseId,
            title: doc.title,
            docType: doc.docType,
            provider: doc.provider,
            serviceDate: doc.serviceDate,
            sha256: sha(doc.pdf),
            pageCount: doc.pages.length,
            mimeType: 'application/pdf',
            sizeBytes: doc.pdf.byteLength,
            reviewed: false,
            importedAt: `${today}T08:00:00.000Z`,
          }),
        ).not.toThrow(),
      );
    });
  });

  it('gives every case 1-3 items, a UR denial, an IMR application and a progress note when generated', () => {
    for (const c of ws.cases) {
      expect(c.items.length).toBeGreaterThanOrEqual(1);
      expect(c.items.length).toBeLessThanOrEqual(3);
      const types = c.documents.map((d) => d.docType);
      expect(types).toEqual(expect.arrayContaining(['ur_denial', 'imr_application', 'progress_note']));
      const ur = c.documents.find((d) => d.docType === 'ur_denial');
      expect(ur?.serviceDate).toBe(c.urDecisionDate);
      const urText = ur?.pages.join('\n') ?? '';
      c.items.forEach((item) => {
        expect(urText).toContain(item.requestedTreatment);
        expect(urText).toContain(item.caGuideline);
      });
      expect(c.documents.every((d) => d.pdf.byteLength > 0 && d.pages.length > 0)).toBe(true);
    }
  });

  it('mixes expedited and standard cases that are overdue, due soon and due later when generated', () => {
    const expedited = ws.cases.filter((c) => c.priority === 'expedited');
    const standard = ws.cases.filter((c) => c.priority === 'standard');
    expect(expedited.length).toBeGreaterThanOrEqual(2);
    expedited.forEach((c) => {
      expect(daysFromToday(c.dueDate)).toBeGreaterThanOrEqual(0);
      expect(daysFromToday(c.dueDate)).toBeLessThanOrEqual(3);
    });
    expect(standard.some((c) => daysFromToday(c.dueDate) < 0)).toBe(true);
    expect(standard.some((c) => daysFromToday(c.dueDate) >= 0 && daysFromToday(c.dueDate) <= 3)).toBe(true);
    expect(standard.some((c) => daysFromToday(c.dueDate) > 7)).toBe(true);
  });

  it('keeps each case timeline in order when generated', () => {
    for (const c of ws.cases) {
      expect(c.dateOfInjury < c.urDecisionDate).toBe(true);
      expect(
        c.applicationDate && c.urDecisionDate < c.applicationDate && c.applicationDate < c.receivedDate,
      ).toBeTruthy();
      expect(c.receivedDate <= today && c.receivedDate < c.dueDate).toBe(true);
    }
  });

  it('covers the usual body parts, treatments and both UR outcomes when generated', () => {
    const parts = new Set(ws.cases.flatMap((c) => c.bodyParts));
    expect([...parts]).toEqual(expect.arrayContaining(['neck', 'low back', 'shoulder', 'knee', 'wrist']));
    const treatments = ws.cases.flatMap((c) => c.items.map((i) => i.requestedTreatment)).join('\n');
    for (const kind of [
      /MRI/,
      /[Pp]hysical therapy/,
      /Acupuncture/,
      /Oxycodone/,
      /epidural steroid injection/,
      /arthroplasty|meniscectomy|microdiscectomy|repair/,
      /Compounded topical/,
      /Cyclobenzaprine|Tizanidine|Carisoprodol/,
      /X-Ray/,
    ]) {
      expect(treatments).toMatch(kind);
    }
    const outcomes = new Set(ws.cases.flatMap((c) => c.items.map((i) => i.urDecision)));
    expect([...outcomes].sort()).toEqual(['denied', 'modified']);
    const types = new Set(ws.cases.flatMap((c) => c.documents.map((d) => d.docType)));
    expect([...types]).toEqual(expect.arrayContaining(['imaging_report', 'procedure_note', 'consultation']));
  });

  it('marks every page as a synthetic record when generated', () => {
    ws.cases.forEach((c) =>
      c.documents.forEach((d) => d.pages.forEach((p) => expect(p).toContain('Synthetic demo record'))),
    );
  });

  it('returns the same cases, page texts and PDF bytes when called again with the same seed and today', async () => {
    const again = await generateDemoWorkspace({ today, seed: 1 });
    expect(withoutPdf(again)).toEqual(withoutPdf(ws));
  });

  it('varies the note text but keeps the cases when the seed differs', async () => {
    const other = await generateDemoWorkspace({ today, seed: 2 });
    expect(other.cases.map((c) => c.caseNumber)).toEqual(ws.cases.map((c) => c.caseNumber));
    expect(other.cases.map((c) => c.dueDate)).toEqual(ws.cases.map((c) => c.dueDate));
    const pagesOf = (w: DemoWorkspace) => w.cases.flatMap((c) => c.documents.flatMap((d) => d.pages));
    expect(pagesOf(other)).not.toEqual(pagesOf(ws));
  });

  it('moves due dates with today when today changes', async () => {
    const later = await generateDemoWorkspace({ today: '2027-02-01', seed: 1 });
    later.cases.forEach((c, i) => {
      const before = ws.cases[i];
      expect(before).toBeDefined();
      if (!before) return;
      expect(differenceInCalendarDays(parseISO(c.dueDate), parseISO(before.dueDate))).toBe(73);
    });
  });

  it('rejects today when it is not a YYYY-MM-DD date', async () => {
    await expect(generateDemoWorkspace({ today: '11/20/2026' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});
