import { request as httpRequest, type IncomingMessage } from 'node:http';
import { endToEndHeaders, type UpstreamTarget } from './sendUpstream';

/**
 * Streams the request to the server but stops after `afterBytes` body bytes (always before the last byte),
 * then cuts both connections. Resolves once both are cut.
 */
export function cutRequestBody(target: UpstreamTarget, request: IncomingMessage, afterBytes: number): Promise<void> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  const limit = Number.isFinite(declared) ? Math.max(0, Math.min(afterBytes, declared - 1)) : afterBytes;
  return new Promise((resolve) => {
    const upstream = httpRequest({
      ...target,
      method: request.method,
      path: request.url,
      headers: {
        ...endToEndHeaders(request.headers),
        ...(Number.isFinite(declared) ? { 'content-length': String(declared) } : {}),
      },
      agent: false,
    });
    upstream.on('error', () => undefined);
    upstream.flushHeaders();
    let sent = 0;
    let done = false;
    const cut = (): void => {
      if (done) return;
      done = true;
      request.removeAllListeners('data');
      const finish = (): void => {
        upstream.destroy();
        request.socket.destroy();
        resolve();
      };
      // Let the forwarded part reach the server first, so it really sees a half-sent body.
      if (sent > 0) setTimeout(finish, 20);
      else finish();
    };
    request.on('data', (chunk: Buffer) => {
      const room = limit - sent;
      if (room > 0) {
        const part = chunk.subarray(0, room);
        upstream.write(part);
        sent += part.length;
      }
      if (sent >= limit) cut();
    });
    request.on('end', cut);
    request.on('error', cut);
    if (limit === 0) cut();
  });
}
