import type { MethodName } from '../../../shared/ipc';
import { AppError } from '../../../shared/ipc';
import { findDocument } from '../db';
import {
  analysisStatus,
  comparePages,
  correctEncounter,
  duplicateGroupForPage,
  listChronology,
  listCoverage,
  listDuplicateGroups,
  markPagesDistinct,
  recordPageViews,
  setDuplicateThreshold,
  setEncounterBoundary,
} from '../recordAnalysis';
import { requireCase } from '../cases';
import type { WorkspaceServices } from '../services';
import type { PartialHandlerTable } from './handlerTable';

type ChronologyMethod = Extract<MethodName, `chronology.${string}` | `duplicates.${string}` | `coverage.${string}`>;

export function chronologyHandlers({ ws, analysis }: WorkspaceServices): PartialHandlerTable<ChronologyMethod> {
  const caseOf = (documentId: string) => {
    const doc = findDocument(ws.db, documentId);
    if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
    return doc.caseId;
  };
  return {
    'chronology.list': ({ caseId }) => listChronology(ws.db, caseId, analysis.state(caseId)),
    'chronology.correct': ({ documentId, startPage, ...change }) => correctEncounter(ws, documentId, startPage, change),
    'chronology.setBoundary': async ({ documentId, page, kind }) => ({
      encounters: await setEncounterBoundary(ws, documentId, page, kind),
    }),
    'chronology.analyze': async ({ caseId }) => {
      requireCase(ws.db, caseId);
      analysis.request(caseId, { now: true });
      await analysis.settled(caseId);
      return analysisStatus(ws.db, caseId, analysis.state(caseId));
    },
    'duplicates.list': ({ caseId }) => ({
      ...listDuplicateGroups(ws.db, caseId),
      analysis: analysisStatus(ws.db, caseId, analysis.state(caseId)),
    }),
    'duplicates.forPage': ({ documentId, page }) => ({
      group: duplicateGroupForPage(ws.db, caseOf(documentId), documentId, page),
    }),
    'duplicates.compare': ({ left, right }) => comparePages(ws.db, left, right),
    'duplicates.setThreshold': ({ caseId, threshold }) => setDuplicateThreshold(ws, caseId, threshold),
    'duplicates.markDistinct': ({ left, right, distinct }) => markPagesDistinct(ws, left, right, distinct),
    'coverage.pagesViewed': ({ documentId, pages }) => ({ recorded: recordPageViews(ws, documentId, pages) }),
    'coverage.list': ({ caseId }) => listCoverage(ws.db, caseId),
  };
}
