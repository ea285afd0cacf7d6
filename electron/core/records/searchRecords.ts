import type { SearchCoverage, SearchHit, SnippetPart } from '../../../shared/ipc';
import { LOW_CONFIDENCE } from '../ocr';
import {
  MATCH_END,
  MATCH_START,
  countHits,
  countTextPages,
  firstPages,
  listDocuments,
  listOcrCounts,
  searchPages,
  searchPagesWithPrefix,
  type Db,
} from '../db';

import { describeHits } from '../recordAnalysis';

import { toFtsQuery } from './toFtsQuery';

/** Ranking reads every match (bm25 costs about 1 µs a page); above this many, hits come in record order. */
export const RANK_MAX_PAGES = 10_000;
const MAX_ROWS = 600;

/**
 * Ranked hits (bm25) over every page of every document in one case, each with a marked snippet.
 * A query found on more than half the pages, or on more than RANK_MAX_PAGES, gets pages in record order
 * instead: bm25 gives such terms an IDF near zero, and ranking them would cost a scan of every match on
 * each keystroke, so the time per search stays bounded however large the case grows.
 */
export function searchRecords(
  db: Db,
  caseId: string,
  query: string,
  limit = 50,
): { hits: SearchHit[]; total: number; ranked: boolean; coverage: SearchCoverage } {
  const coverage = searchCoverage(db, caseId);
  const fts = toFtsQuery(query);
  if (!fts) return { hits: [], total: 0, ranked: true, coverage };
  const total = countHits(db, caseId, fts);
  if (total === 0) return { hits: [], total: 0, ranked: true, coverage };
  const ranked = total <= RANK_MAX_PAGES && total * 2 <= countTextPages(db, caseId);
  const rank = /"\*/.test(fts) ? searchPagesWithPrefix : searchPages;
  // Copies of one page are one hit: read more rows than shown so collapsing them still fills the list.
  const wanted = Math.min(MAX_ROWS, limit * 3);
  const rows = ranked ? rank(db, caseId, fts, wanted) : firstPages(db, caseId, fts, wanted);
  const titles = new Map(listDocuments(db, caseId).map((d) => [d.id, d.title]));
  const contexts = describeHits(db, caseId, rows);
  const seenGroups = new Set<string>();
  const hits: SearchHit[] = [];
  rows.forEach((row, i) => {
    const context = contexts[i];
    if (!context || seenGroups.has(context.groupKey) || hits.length >= limit) return;
    seenGroups.add(context.groupKey);
    const inFields = !row.snippet.includes(MATCH_START) && row.extraSnippet.includes(MATCH_START);
    hits.push({
      documentId: row.documentId,
      title: titles.get(row.documentId) ?? '',
      page: row.page,
      snippet: splitMarked(inFields ? row.extraSnippet : row.snippet),
      score: row.score,
      ocr: row.source === 'ocr',
      inFields,
      encounter: context.encounter,
      alsoOn: context.alsoOn.map((p) => ({ ...p, title: titles.get(p.documentId) ?? '' })),
    });
  });
  return { hits, total, ranked, coverage };
}

/** What search cannot see yet in a case, so an empty result is never silently wrong. */
export function searchCoverage(db: Db, caseId: string, ocrRunning = false): SearchCoverage {
  const counts = listOcrCounts(db, caseId, LOW_CONFIDENCE);
  const sum = (f: (c: (typeof counts)[number]) => number) => counts.reduce((n, c) => n + f(c), 0);
  return {
    pendingPages: sum((c) => Math.max(0, c.needed - c.read - c.failed)),
    failedPages: sum((c) => c.failed),
    lowConfidencePages: sum((c) => c.lowConfidence),
    ocrPages: sum((c) => c.needed),
    ocrReadPages: sum((c) => c.read + c.failed),
    ocrRunning: ocrRunning || counts.some((c) => c.queued),
  };
}

export function splitMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of marked.split(MATCH_START).entries()) {
    if (i === 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    const [hit = '', rest = ''] = piece.split(MATCH_END);
    if (hit) parts.push({ text: hit, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}
