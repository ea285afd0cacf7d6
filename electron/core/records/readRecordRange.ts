import { AppError } from '../../../shared/ipc/appError';
import { findDocument } from '../db/repositories/documentRepository';
import { findViewingCopy } from '../db/repositories/viewingCopyRepository';
import type { Workspace } from '../workspace/workspace';

export interface RecordResponse {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * One function serves record bytes to every transport (Electron protocol, shell route), with HTTP Range:
 * the viewing copy when the file has one (same pages, faster to open), else the original.
 */
export function readRecordRange(ws: Workspace, documentId: string, rangeHeader: string | undefined): RecordResponse {
  const doc = findDocument(ws.db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', 'That record is not in this workspace.');
  const copy = findViewingCopy(ws.db, doc.sha256);
  const location = copy && ws.store.has(copy.viewSha256) ? copy.viewLocation : doc.fileLocation;
  const total = ws.store.size(location);
  const base = {
    'Content-Type': doc.mimeType,
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  const range = parseRange(rangeHeader, total);
  if (range === 'unsatisfiable') {
    return { status: 416, headers: { ...base, 'Content-Range': `bytes */${total}` }, body: Buffer.alloc(0) };
  }
  if (!range) {
    const body = ws.store.read(location);
    return { status: 200, headers: { ...base, 'Content-Length': String(body.length) }, body };
  }
  const body = ws.store.read(location, range.start, range.end);
  return {
    status: 206,
    headers: { ...base, 'Content-Length': String(body.length), 'Content-Range': `bytes ${range.start}-${range.end}/${total}` },
    body,
  };
}

export function parseRange(header: string | undefined, total: number): { start: number; end: number } | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, startText = '', endText = ''] = match;
  if (startText === '' && endText === '') return null;
  if (startText === '') {
    const suffix = Number(endText);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, total - suffix), end: total - 1 };
  }
  const start = Number(startText);
  const end = endText === '' ? total - 1 : Math.min(Number(endText), total - 1);
  if (start >= total || end < start) return 'unsatisfiable';
  return { start, end };
}
