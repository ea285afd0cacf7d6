import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countCases,
  findCaseByNumber,
  insertCase,
  listCases,
  updateCaseStatus,
} from '../../../electron/core/db/repositories/caseRepository';
import {
  findDocumentBySha,
  insertDocument,
  listDocuments,
  setDocumentReviewed,
} from '../../../electron/core/db/repositories/documentRepository';
import { insertItem, listItems } from '../../../electron/core/db/repositories/itemRepository';
import { readSetting, writeSetting } from '../../../electron/core/db/repositories/settingsRepository';
import { caseFixture } from '../../support/caseFixture';
import { createTestWorkspace, type TestWorkspace } from '../../support/createTestWorkspace';

describe('repositories', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await createTestWorkspace();
  });
  afterEach(() => t.dispose());

  it('round-trips a case with its body parts and lists cases by due date', () => {
    const db = t.backend.ws.db;
    insertCase(db, caseFixture());
    insertCase(
      db,
      caseFixture({ id: 'case-2', caseNumber: 'CM14-0000001', dueDate: '2026-11-21', bodyParts: ['low back', 'knee'] }),
    );
    expect(countCases(db)).toBe(2);
    expect(listCases(db).map((c) => c.caseNumber)).toEqual(['CM14-0000001', 'CM14-0012345']);
    expect(findCaseByNumber(db, 'CM14-0000001')?.bodyParts).toEqual(['low back', 'knee']);
    updateCaseStatus(db, 'case-1', 'in_progress', '2026-11-24T00:00:00.000Z');
    expect(findCaseByNumber(db, 'CM14-0012345')?.status).toBe('in_progress');
  });

  it('keeps items in position order and cascades their deletion with the case', () => {
    const db = t.backend.ws.db;
    insertCase(db, caseFixture());
    insertItem(db, {
      id: 'i2',
      caseId: 'case-1',
      position: 1,
      requestedTreatment: 'Cervical extension and flexion X-Ray',
      urDecision: 'denied',
      caGuideline: '',
    });
    insertItem(db, {
      id: 'i1',
      caseId: 'case-1',
      position: 0,
      requestedTreatment: 'MRI Cervical',
      urDecision: 'denied',
      caGuideline: 'MTUS ACOEM',
    });
    expect(listItems(db, 'case-1').map((i) => i.requestedTreatment)).toEqual([
      'MRI Cervical',
      'Cervical extension and flexion X-Ray',
    ]);
    db.prepare('delete from cases').run();
    expect(listItems(db, 'case-1')).toEqual([]);
  });

  it('refuses the same file twice in one case and tracks the reviewed flag', () => {
    const db = t.backend.ws.db;
    insertCase(db, caseFixture());
    const doc = {
      id: 'd1',
      caseId: 'case-1',
      title: 'Progress note',
      docType: 'progress_note' as const,
      provider: 'Clinic',
      serviceDate: '2014-06-06',
      sha256: 'a'.repeat(64),
      pageCount: 3,
      mimeType: 'application/pdf',
      sizeBytes: 100,
      fileLocation: `aa/${'a'.repeat(64)}`,
      reviewed: false,
      importedAt: 'now',
    };
    insertDocument(db, doc);
    expect(() => insertDocument(db, { ...doc, id: 'd2' })).toThrow(/UNIQUE/);
    setDocumentReviewed(db, 'd1', true);
    expect(listDocuments(db, 'case-1')[0]?.reviewed).toBe(true);
    expect(findDocumentBySha(db, 'case-1', 'a'.repeat(64))?.id).toBe('d1');
  });

  it('stores settings as JSON values', () => {
    const db = t.backend.ws.db;
    expect(readSetting(db, 'missing')).toBeUndefined();
    writeSetting(db, 'reviewerGuidelineLabel', 'MAXIMUS guideline');
    writeSetting(db, 'reviewerGuidelineLabel', 'Reviewer guideline');
    expect(readSetting(db, 'reviewerGuidelineLabel')).toBe('Reviewer guideline');
  });
});
