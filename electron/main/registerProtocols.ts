import { readFileSync } from 'node:fs';
import { protocol } from 'electron';
import { isAppError } from '../../shared/ipc';
import { readRecordRange } from '../core/records';
import type { Workspace } from '../core/workspace';
import { resolveRendererFile } from '../shell/resolveRendererFile';
import { contentSecurityPolicy } from '../shell/shellSecurity';
import { APP_ORIGIN } from './windowOptions';

/** Electron checklist: custom protocols instead of file://, with only the privileges pdf.js and the app need. */
export const SCHEME_PRIVILEGES = [
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: 'imr-record', privileges: { secure: true, supportFetchAPI: true, stream: true, corsEnabled: true } },
];

export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged(SCHEME_PRIVILEGES);
}

/** Records are bytes for pdf.js, never a document: nothing in them may run or be framed. */
const RECORD_CSP = "default-src 'none'; sandbox";
const APP_CSP = contentSecurityPolicy(['imr-record:']);
/** pdf.js in the app:// window reads ranged record bytes across schemes; only our own origin may. */
const RECORD_CORS = {
  'Access-Control-Allow-Origin': APP_ORIGIN,
  'Access-Control-Allow-Headers': 'Range',
  'Access-Control-Allow-Methods': 'GET',
  'Access-Control-Expose-Headers': 'Content-Range, Accept-Ranges, Content-Length',
};

/** The renderer's files and the record bytes, served by the same core functions as the browser shell. */
export function registerProtocols(ws: Workspace, rendererDir: string): void {
  protocol.handle('app', (request) => {
    const found = resolveRendererFile(rendererDir, new URL(request.url).pathname, false);
    if (found.kind !== 'file') return new Response('Not found', { status: 404 });
    return new Response(readFileSync(found.path), {
      headers: { 'Content-Type': found.contentType, 'Content-Security-Policy': APP_CSP },
    });
  });
  protocol.handle('imr-record', (request) => {
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: RECORD_CORS });
    try {
      const documentId = decodeURIComponent(new URL(request.url).pathname.replace(/^\//, ''));
      const out = readRecordRange(ws, documentId, request.headers.get('range') ?? undefined);
      return new Response(new Uint8Array(out.body), {
        status: out.status,
        headers: { ...out.headers, ...RECORD_CORS, 'Content-Security-Policy': RECORD_CSP },
      });
    } catch (error) {
      const status = isAppError(error) && error.code === 'SESSION_LOCKED' ? 423 : 404;
      return new Response(isAppError(error) ? error.message : 'Record unavailable', { status });
    }
  });
}
