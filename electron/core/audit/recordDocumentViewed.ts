import { AppError } from '../../../shared/ipc';
import { findDocument } from '../db';
import type { Workspace } from '../workspace';
import { recordAuditEvent } from './recordAuditEvent';

export interface PageRange {
  from: number;
  to: number;
}

const COALESCE_MS = 10 * 60_000;

export function mergePageRanges(ranges: readonly PageRange[]): PageRange[] {
  const sorted = ranges
    .map((r) => ({ from: Math.min(r.from, r.to), to: Math.max(r.from, r.to) }))
    .sort((a, b) => a.from - b.from);
  const merged: PageRange[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}

const covers = (outer: readonly PageRange[], inner: readonly PageRange[]) =>
  inner.every((i) => outer.some((o) => o.from <= i.from && i.to <= o.to));

/** Which pages of which document were on screen; a repeat of the same pages within ten minutes is not recorded again. */
export function recordDocumentViewed(ws: Workspace, documentId: string, ranges: readonly PageRange[]): boolean {
  return ws.db.transaction(() => {
    const doc = findDocument(ws.db, documentId);
    if (!doc) throw new AppError('NOT_FOUND', 'That document is no longer in the case.');
    const pages = mergePageRanges(ranges).map((r) => ({
      from: r.from,
      to: Math.min(r.to, Math.max(doc.pageCount, r.from)),
    }));
    const id = recordAuditEvent(ws, {
      action: 'document.viewed',
      caseId: doc.caseId,
      details: { documentId, pages },
      coalesceMs: COALESCE_MS,
      sameAs: (prev) =>
        prev['documentId'] === documentId &&
        Array.isArray(prev['pages']) &&
        covers(prev['pages'] as PageRange[], pages),
    });
    return id !== null;
  })();
}
