import { parseRangeHeader } from '../../../shared/http/parseRangeHeader';
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
  const range = parseRangeHeader(rangeHeader, total);
  if (range.kind === 'unsatisfiable') {
    return { status: 416, headers: { ...base, 'Content-Range': `bytes */${total}` }, body: Buffer.alloc(0) };
  }
  if (range.kind === 'none') {
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
