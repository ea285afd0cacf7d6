import { parseRangeHeader } from '../../../shared/http';
import { AppError } from '../../../shared/ipc';
import { findDocument, findViewingCopy } from '../db';

import type { Workspace } from '../workspace';

export interface RecordResponse {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * One function serves record bytes to every transport (Electron protocol, shell route), with HTTP Range:
 * the viewing copy when the file has one (the original followed by its page-tree update: same pages,
 * faster to open), else the original.
 */
export function readRecordRange(ws: Workspace, documentId: string, rangeHeader: string | undefined): RecordResponse {
  const doc = findDocument(ws.db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', 'That record is not in this workspace.');
  const copy = findViewingCopy(ws.db, doc.sha256);
  const parts = [doc.fileLocation, ...(copy && ws.store.has(copy.updateSha256) ? [copy.updateLocation] : [])].map(
    (location) => ({ location, size: ws.store.size(location) }),
  );
  const total = parts.reduce((sum, p) => sum + p.size, 0);
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
    const body = readSpan(ws, parts, 0, total - 1);
    return { status: 200, headers: { ...base, 'Content-Length': String(body.length) }, body };
  }
  const body = readSpan(ws, parts, range.start, range.end);
  return {
    status: 206,
    headers: {
      ...base,
      'Content-Length': String(body.length),
      'Content-Range': `bytes ${range.start}-${range.end}/${total}`,
    },
    body,
  };
}

/** Bytes start..endInclusive of the stored files read one after another as if they were one file. */
function readSpan(
  ws: Workspace,
  parts: ReadonlyArray<{ location: string; size: number }>,
  start: number,
  endInclusive: number,
): Buffer {
  const out: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const from = Math.max(start, offset);
    const to = Math.min(endInclusive, offset + part.size - 1);
    if (from <= to) out.push(ws.store.read(part.location, from - offset, to - offset));
    offset += part.size;
  }
  return out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out);
}
