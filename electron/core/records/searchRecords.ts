import type { SearchHit, SnippetPart } from '../../../shared/ipc/contracts/recordsContract';
import { listDocuments } from '../db/repositories/documentRepository';
import { countHits, countTextPages, firstPages, MATCH_END, MATCH_START, searchPages } from '../db/repositories/recordPageRepository';
import type { Db } from '../db/openDatabase';
import { toFtsQuery } from './toFtsQuery';

/**
 * Ranked hits (bm25) over every page of every document in one case, each with a marked snippet.
 * A query found on more than half the pages gets pages in record order instead: FTS5's bm25 gives such
 * terms an IDF of almost zero, so ranking them would cost a scan of every match for no signal.
 */
export function searchRecords(db: Db, caseId: string, query: string, limit = 50): { hits: SearchHit[]; total: number } {
  const fts = toFtsQuery(query);
  if (!fts) return { hits: [], total: 0 };
  const total = countHits(db, caseId, fts);
  if (total === 0) return { hits: [], total: 0 };
  const rows = total * 2 > countTextPages(db, caseId) ? firstPages(db, caseId, fts, limit) : searchPages(db, caseId, fts, limit);
  const titles = new Map(listDocuments(db, caseId).map((d) => [d.id, d.title]));
  const hits = rows.map((row) => ({
    documentId: row.documentId,
    title: titles.get(row.documentId) ?? '',
    page: row.page,
    snippet: splitMarked(row.snippet),
    score: row.score,
  }));
  return { hits, total };
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
