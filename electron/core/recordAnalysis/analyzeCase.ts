import {
  listBoundaries,
  listDocuments,
  readPages,
  replaceEncounters,
  replaceSimilarities,
  writeAnalysisRun,
} from '../db';
import type { Workspace } from '../workspace';
import { analyzeCaseFile, type CaseFileDocument } from './analyzeCaseFile';
import { documentOrder, regroupDuplicates } from './regroupDuplicates';

/** Stamped on every run: a change to the analysis makes older results visibly stale. */
export const ANALYZER = 'encounters-v1/dup-shingle5-v1';

export interface AnalysisBudget {
  /** How long the duplicate search may take before it stops with what it found. */
  maxMs: number;
  pause?: () => Promise<void>;
}

/**
 * Reads every page of a case through the per-page text the index holds (born-digital and OCR'd pages alike),
 * finds its encounters and alike pages, and replaces the case's previous results in one transaction. The reviewer's
 * corrections, boundaries and verdicts are read, never written.
 */
export async function analyzeCase(ws: Workspace, caseId: string, budget: AnalysisBudget): Promise<void> {
  const started = performance.now();
  const order = documentOrder(ws.db, caseId);
  const documents: CaseFileDocument[] = listDocuments(ws.db, caseId)
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((d) => ({
      id: d.id,
      pages: readPages(ws.db, d.id, 1, Number.MAX_SAFE_INTEGER),
      boundaries: listBoundaries(ws.db, d.id),
    }));
  const today = ws.clock.today();
  const result = await analyzeCaseFile(documents, {
    minYear: 1900,
    maxYear: Number(today.slice(0, 4)),
    latestDate: today,
    deadline: started + budget.maxMs,
    pause: budget.pause,
  });
  if (!ws.db.open) return;
  ws.db.transaction(() => {
    const present = new Set(listDocuments(ws.db, caseId).map((d) => d.id));
    replaceEncounters(
      ws.db,
      caseId,
      result.encounters.filter((e) => present.has(e.documentId)).map((e) => ({ ...e, caseId })),
    );
    replaceSimilarities(
      ws.db,
      caseId,
      result.edges
        .filter((e) => present.has(e.a.documentId) && present.has(e.b.documentId))
        .map((e) => ({
          documentA: e.a.documentId,
          pageA: e.a.page,
          documentB: e.b.documentId,
          pageB: e.b.page,
          similarity: e.similarity,
          method: e.method,
          weightA: e.weightA,
          weightB: e.weightB,
        })),
    );
    regroupDuplicates(ws.db, caseId);
    writeAnalysisRun(ws.db, {
      caseId,
      analyzedAt: ws.clock.now().toISOString(),
      analyzer: ANALYZER,
      pages: result.pages,
      durationMs: Math.round(performance.now() - started),
      complete: result.complete,
    });
  })();
}
