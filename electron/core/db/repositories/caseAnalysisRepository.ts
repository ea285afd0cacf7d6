import type { Db } from '../openDatabase';
import { CLOSED_STATUSES_SQL } from './caseRepository';

export interface CaseAnalysisState {
  caseId: string;
  analyzedAt: string | null;
  analyzer: string;
  pages: number;
  durationMs: number;
  complete: boolean;
  duplicateThreshold: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.8;

export function readCaseAnalysis(db: Db, caseId: string): CaseAnalysisState {
  const row = db
    .prepare(
      `select case_id as caseId, analyzed_at as analyzedAt, analyzer, pages, duration_ms as durationMs, complete,
        duplicate_threshold as duplicateThreshold from case_analysis where case_id = ?`,
    )
    .get(caseId) as (Omit<CaseAnalysisState, 'complete'> & { complete: number }) | undefined;
  return row
    ? { ...row, complete: row.complete === 1 }
    : {
        caseId,
        analyzedAt: null,
        analyzer: '',
        pages: 0,
        durationMs: 0,
        complete: false,
        duplicateThreshold: DEFAULT_DUPLICATE_THRESHOLD,
      };
}

export function writeAnalysisRun(
  db: Db,
  run: Pick<CaseAnalysisState, 'caseId' | 'analyzedAt' | 'analyzer' | 'pages' | 'durationMs' | 'complete'>,
): void {
  db.prepare(
    `insert into case_analysis (case_id, analyzed_at, analyzer, pages, duration_ms, complete)
    values (@caseId, @analyzedAt, @analyzer, @pages, @durationMs, @completeInt)
    on conflict (case_id) do update set analyzed_at = excluded.analyzed_at, analyzer = excluded.analyzer,
      pages = excluded.pages, duration_ms = excluded.duration_ms, complete = excluded.complete`,
  ).run({ ...run, completeInt: run.complete ? 1 : 0 });
}

export function writeDuplicateThreshold(db: Db, caseId: string, threshold: number): void {
  db.prepare(
    `insert into case_analysis (case_id, duplicate_threshold) values (?, ?)
    on conflict (case_id) do update set duplicate_threshold = excluded.duplicate_threshold`,
  ).run(caseId, threshold);
}

/**
 * Cases whose records changed since they were last analyzed: never analyzed, analyzed by another analyzer version,
 * re-indexed since, or holding a different number of pages than the run read. Looks at the open work in the inbox
 * (what start-up analyzes, however many closed cases the workspace holds), or at one case (when it is opened).
 */
export function listCasesToAnalyze(db: Db, analyzer: string, caseId: string | null = null): string[] {
  const scope =
    caseId === null
      ? `select id from cases where archived_at is null and status not in (${CLOSED_STATUSES_SQL})`
      : 'select id from cases where id = @caseId';
  return (
    db
      .prepare(
        `with scope as (${scope}),
        indexed as (
          select d.case_id, sum(d.page_count) as pages, max(r.indexed_at) as indexed_at
          from scope s join documents d on d.case_id = s.id join record_index r on r.document_id = d.id
          group by d.case_id
        )
        select i.case_id as id from indexed i left join case_analysis a on a.case_id = i.case_id
        where a.analyzed_at is null or a.analyzer != @analyzer or a.pages != i.pages or i.indexed_at > a.analyzed_at`,
      )
      .all({ analyzer, ...(caseId === null ? {} : { caseId }) }) as { id: string }[]
  ).map((r) => r.id);
}
