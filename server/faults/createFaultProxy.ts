import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSeededRandom } from '../../shared/random';
import { cutRequestBody } from './cutRequestBody';
import type { FaultEvent, FaultPlan } from './Fault';
import { passThrough } from './faultPlans';
import { readRequestBody } from './readRequestBody';
import { sendUpstream, type UpstreamTarget } from './sendUpstream';
import { writeFaultyReply } from './writeFaultyReply';

export interface FaultProxyOptions {
  /** The server to protect, e.g. http://127.0.0.1:8787. Only loopback targets are accepted. */
  target: string;
  seed?: number;
  plan?: FaultPlan;
  /** 0 (default) picks a free port. */
  port?: number;
  maxBodyBytes?: number;
}

export interface FaultProxy {
  readonly url: string;
  readonly port: number;
  /** Every request the proxy saw, in arrival order, with what was done to it. */
  readonly events: readonly FaultEvent[];
  setPlan(plan: FaultPlan): void;
  close(): Promise<void>;
}

const INJECTED_500 = JSON.stringify({
  error: { code: 'INTERNAL', message: 'Injected fault: the server failed this request.' },
});

/** An HTTP proxy on 127.0.0.1 that breaks requests on purpose, one decision per request from a seeded plan. */
export async function createFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const targetUrl = new URL(options.target);
  if (!['127.0.0.1', 'localhost'].includes(targetUrl.hostname) || targetUrl.protocol !== 'http:') {
    throw new Error(`The fault proxy only fronts http://127.0.0.1 servers, not ${options.target}.`);
  }
  const target: UpstreamTarget = { host: '127.0.0.1', port: Number(targetUrl.port || 80) };
  const random = createSeededRandom(options.seed ?? 1);
  const maxBodyBytes = options.maxBodyBytes ?? 128 * 1024 * 1024;
  const events: FaultEvent[] = [];
  const sockets = new Set<Socket>();
  const closing = new AbortController();
  let plan = options.plan ?? passThrough;

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const info = {
      index: events.length,
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers,
    };
    const fault = plan(info, random);
    const event: FaultEvent = {
      index: info.index,
      method: info.method,
      path: info.path,
      fault,
      upstreamStatuses: [],
      outcome: 'pending',
    };
    events.push(event);
    try {
      event.outcome = await applyFault(request, response, event);
    } catch {
      // Server unreachable, body too big or proxy closing: the client sees a cut connection, as it would without the proxy.
      event.outcome = 'cut';
      response.socket?.destroy();
    }
  };

  const applyFault = async (
    request: IncomingMessage,
    response: ServerResponse,
    event: FaultEvent,
  ): Promise<FaultEvent['outcome']> => {
    const { fault } = event;
    const info = { method: event.method, path: event.path, headers: request.headers };
    if (fault.kind === 'dropRequestBody') {
      await cutRequestBody(target, request, fault.afterBytes);
      return 'cut';
    }
    const body = await readRequestBody(request, maxBodyBytes);
    if (fault.kind === 'status500') {
      response.writeHead(500, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(INJECTED_500),
      });
      response.end(INJECTED_500);
      return 'replied';
    }
    if (fault.kind === 'delay') await sleep(fault.ms, undefined, { signal: closing.signal });
    const send = () => sendUpstream(target, info, body);
    const replies =
      fault.kind !== 'duplicate'
        ? [await send()]
        : fault.concurrent
          ? await Promise.all([send(), send()])
          : [await send(), await send()];
    event.upstreamStatuses = replies.map((reply) => reply.status);
    const first = replies[0];
    if (!first) throw new Error('No upstream reply');
    return writeFaultyReply(response, first, fault, closing.signal);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.socket?.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    events,
    setPlan: (next) => {
      plan = next;
    },
    close: async () => {
      closing.abort();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
