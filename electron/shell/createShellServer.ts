import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAppError, type BackendEvent } from '../../shared/ipc';
import type { Registrar } from '../core/api';
import type { Logger } from '../core/log';
import { readRecordRange } from '../core/records';
import type { Workspace } from '../core/workspace';
import { resolveRendererFile } from './resolveRendererFile';
import {
  LAUNCH_PATH,
  SHELL_CSP,
  bearerToken,
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
  /** The back end's events, passed on to each open window over /api/events. */
  events?: (listener: (event: BackendEvent) => void) => () => void;
  /** Sockets open at once; more are closed as they arrive (a tab needs a handful). */
  maxConnections?: number;
  /** How long a request's headers and body may take to arrive before the request is answered 408 and closed. */
  requestTimeoutMs?: number;
  /** Event streams open at once (one per window). */
  maxEventStreams?: number;
}

export interface ShellServer {
  readonly url: string;
  /** Opens the app with the token in the URL fragment: browsers never send a fragment to a server, so it lands in no log. */
  readonly launchUrl: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const EVENT_KEEPALIVE_MS = 25_000;

/**
 * The loopback browser shell: the built renderer plus the same registrar. The per-launch token is never a cookie (a
 * browser would send a cookie for 127.0.0.1 to every local port): the window keeps it in sessionStorage and sends it
 * in the Authorization header of every API, record and event request. The static app files carry no data and need none.
 */
export async function createShellServer(opts: ShellServerOptions): Promise<ShellServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`The browser shell only listens on loopback; refusing to bind ${host}.`);
  const token = randomBytes(24).toString('base64url');
  const maxBody = opts.maxBodyBytes ?? 50 * 1024 * 1024;
  const requestTimeoutMs = opts.requestTimeoutMs ?? 30_000;
  const maxEventStreams = opts.maxEventStreams ?? 8;
  const eventStreams = new Set<ServerResponse>();
  let port = 0;

  const server: Server = createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(requestTimeoutMs, 10_000),
      connectionsCheckingInterval: Math.min(1000, requestTimeoutMs),
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        opts.log.error('Shell request failed', { error: errorMessage(error) });
        if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
        else res.destroy();
      });
    },
  );
  server.maxConnections = opts.maxConnections ?? 32;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackAddress(req.socket.remoteAddress))
      return send(res, 403, 'text/plain; charset=utf-8', 'Loopback only');
    if (!hostAndOriginAllowed(req, port))
      return send(res, 403, 'text/plain; charset=utf-8', 'Foreign host or origin refused');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const isData = url.pathname.startsWith('/api/') || url.pathname.startsWith('/records/');
    if (!isData) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return staticFile(res, url.pathname === LAUNCH_PATH ? '/' : url.pathname);
    }
    if (!tokenMatches(bearerToken(req), token)) {
      return send(
        res,
        401,
        'text/plain; charset=utf-8',
        'Open the address printed when the workstation started; it carries a one-time token.',
      );
    }
    if (url.pathname === '/api/invoke') return invoke(req, res);
    if (url.pathname === '/api/events' && req.method === 'GET') return eventStream(req, res);
    if (url.pathname.startsWith('/records/') && (req.method === 'GET' || req.method === 'HEAD')) {
      return record(req, res, decodeURIComponent(url.pathname.slice('/records/'.length)));
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
    const body = await readBody(req, maxBody, requestTimeoutMs);
    if (body === 'timeout') {
      res.writeHead(408, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      res.end('The request body did not arrive in time.');
      req.socket.destroySoon();
      return;
    }
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

  /** Server-Sent Events over a plain fetch stream (EventSource cannot send the Authorization header). */
  function eventStream(req: IncomingMessage, res: ServerResponse): void {
    if (!opts.events || eventStreams.size >= maxEventStreams)
      return send(res, 503, 'text/plain; charset=utf-8', 'Too many windows are listening for changes.');
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Connection: 'keep-alive',
    });
    const write = (event: BackendEvent) => res.write(`data: ${JSON.stringify(event)}\n\n`);
    eventStreams.add(res);
    write({ type: 'hello' });
    const unsubscribe = opts.events(write);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), EVENT_KEEPALIVE_MS);
    keepAlive.unref();
    const end = () => {
      clearInterval(keepAlive);
      unsubscribe();
      eventStreams.delete(res);
    };
    res.on('close', end);
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
    launchUrl: `${url}${LAUNCH_PATH}#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of eventStreams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

/** The whole body, null when it is larger than `limit`, 'timeout' when it has not all arrived within `timeoutMs`. */
function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Buffer | null | 'timeout'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const timer = setTimeout(() => {
      req.removeAllListeners('data');
      resolve('timeout');
    }, timeoutMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(tooLarge ? null : Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
