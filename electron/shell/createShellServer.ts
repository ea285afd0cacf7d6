import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAppError } from '../../shared/ipc';
import type { Registrar } from '../core/api';
import type { Logger } from '../core/log';
import { readRecordRange } from '../core/records';
import type { Workspace } from '../core/workspace';
import { resolveRendererFile } from './resolveRendererFile';
import {
  SHELL_COOKIE,
  SHELL_CSP,
  cookieToken,
  hostAndOriginAllowed,
  isLoopbackAddress,
  isLoopbackHost,
  tokenMatches,
} from './shellSecurity';
import { errorMessage } from '../../shared/errorMessage';

export interface ShellServerOptions {
  ws: Workspace;
  registrar: Registrar;
  rendererDir: string;
  log: Logger;
  host?: string;
  port?: number;
  maxBodyBytes?: number;
}

export interface ShellServer {
  readonly url: string;
  readonly launchUrl: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/** The loopback browser shell: the built renderer plus the same registrar, behind a per-launch token. */
export async function createShellServer(opts: ShellServerOptions): Promise<ShellServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`The browser shell only listens on loopback; refusing to bind ${host}.`);
  const token = randomBytes(24).toString('base64url');
  const maxBody = opts.maxBodyBytes ?? 50 * 1024 * 1024;
  let port = 0;

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      opts.log.error('Shell request failed', { error: errorMessage(error) });
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackAddress(req.socket.remoteAddress))
      return send(res, 403, 'text/plain; charset=utf-8', 'Loopback only');
    if (!hostAndOriginAllowed(req, port))
      return send(res, 403, 'text/plain; charset=utf-8', 'Foreign host or origin refused');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const launchToken = url.searchParams.get('token') ?? undefined;
    if (req.method === 'GET' && url.pathname === '/' && launchToken !== undefined) {
      if (!tokenMatches(launchToken, token)) return send(res, 401, 'text/plain; charset=utf-8', 'Wrong launch token');
      res.writeHead(302, {
        'Set-Cookie': `${SHELL_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      return void res.end();
    }
    if (!tokenMatches(cookieToken(req), token) && !tokenMatches(bearer(req), token)) {
      return send(
        res,
        401,
        'text/plain; charset=utf-8',
        'Open the address printed when the workstation started; it carries a one-time token.',
      );
    }
    if (url.pathname === '/api/invoke') return invoke(req, res);
    if (url.pathname.startsWith('/records/') && (req.method === 'GET' || req.method === 'HEAD')) {
      return record(req, res, decodeURIComponent(url.pathname.slice('/records/'.length)));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    return staticFile(res, url.pathname);
  }

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
    const body = await readBody(req, maxBody);
    if (body === null)
      return json(res, 413, { ok: false, error: { code: 'INVALID_INPUT', message: 'The request is too large.' } });
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      return json(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'The request is not valid JSON.' } });
    }
    const envelope = message as { method?: unknown; payload?: unknown } | null;
    const result = await opts.registrar.invoke(envelope?.method, envelope?.payload, { transport: 'shell' });
    json(res, 200, result);
  }

  function record(req: IncomingMessage, res: ServerResponse, documentId: string): void {
    try {
      const out = readRecordRange(opts.ws, documentId, req.headers.range);
      res.writeHead(out.status, out.headers);
      res.end(req.method === 'HEAD' ? undefined : out.body);
    } catch (error) {
      if (isAppError(error))
        return send(
          res,
          error.code === 'NOT_FOUND' ? 404 : error.code === 'SESSION_LOCKED' ? 423 : 500,
          'text/plain; charset=utf-8',
          error.message,
        );
      throw error;
    }
  }

  function staticFile(res: ServerResponse, pathname: string): void {
    const found = resolveRendererFile(opts.rendererDir, pathname, true);
    if (found.kind === 'outside') return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    if (found.kind === 'missing') {
      return send(
        res,
        503,
        'text/plain; charset=utf-8',
        'The renderer is not built yet. Run `npm run build:renderer`.',
      );
    }
    const { path: target, contentType: type } = found;
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': SHELL_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(readFileSync(target));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    launchUrl: `${url}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
