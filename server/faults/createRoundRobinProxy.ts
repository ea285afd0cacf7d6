import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { readRequestBody } from './readRequestBody';
import { sendUpstream, type UpstreamReply, type UpstreamTarget } from './sendUpstream';

export interface RoundRobinOptions {
  maxBodyBytes?: number;
  /**
   * Sees each reply before the client does; 'cut' drops it and cuts the client's connection (a test kills the
   * instance that committed, so the reply never arrives).
   */
  onReply?: (
    upstream: number,
    request: { method: string; path: string },
    reply: UpstreamReply,
  ) => Promise<'deliver' | 'cut'>;
}

export interface RoundRobinProxy {
  readonly url: string;
  /** Which upstream (index into the targets) answered each request, in arrival order; -1 when none could. */
  readonly answeredBy: readonly number[];
  close(): Promise<void>;
}

/**
 * A small load balancer on 127.0.0.1 for multi-instance tests: each request goes to the next instance in turn; an
 * instance that refuses the connection (stopped, restarting) is skipped, as a balancer's health check would. Once a
 * request reached an instance, a failure is passed on to the client as a cut connection (never retried elsewhere).
 */
export async function createRoundRobinProxy(
  targets: readonly string[],
  options: RoundRobinOptions = {},
): Promise<RoundRobinProxy> {
  const maxBodyBytes = options.maxBodyBytes ?? 128 * 1024 * 1024;
  const upstreams: UpstreamTarget[] = targets.map((target) => {
    const url = new URL(target);
    if (url.hostname !== '127.0.0.1' || url.protocol !== 'http:') {
      throw new Error(`The round-robin proxy only fronts http://127.0.0.1 servers, not ${target}.`);
    }
    return { host: '127.0.0.1', port: Number(url.port) };
  });
  let next = 0;
  const answeredBy: number[] = [];
  const sockets = new Set<Socket>();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const slot = answeredBy.length;
    answeredBy.push(-1);
    const body = await readRequestBody(request, maxBodyBytes);
    const info = { method: request.method ?? 'GET', path: request.url ?? '/', headers: request.headers };
    for (let tried = 0; tried < upstreams.length; tried++) {
      const index = next++ % upstreams.length;
      const upstream = upstreams[index];
      if (!upstream) continue;
      try {
        const reply = await sendUpstream(upstream, info, body);
        answeredBy[slot] = index;
        if ((await options.onReply?.(index, info, reply)) === 'cut') {
          response.socket?.destroy();
          return;
        }
        response.writeHead(reply.status, reply.headers);
        response.end(reply.body);
        return;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'ECONNREFUSED') throw error;
      }
    }
    response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'INTERNAL', message: 'No sync server instance is reachable.' } }));
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
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    answeredBy,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
