import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';

export interface UpstreamTarget {
  host: '127.0.0.1';
  port: number;
}

export interface UpstreamReply {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade', 'te', 'trailer'];

/** Copies headers minus hop-by-hop ones; the proxy sets its own framing (content-length). */
export function endToEndHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.includes(name)) out[name] = value;
  }
  return out;
}

/** One buffered request to the server, on a fresh connection; rejects when the server cannot be reached. */
export function sendUpstream(
  target: UpstreamTarget,
  request: { method: string; path: string; headers: IncomingHttpHeaders },
  body: Buffer,
): Promise<UpstreamReply> {
  return new Promise((resolve, reject) => {
    const headers = endToEndHeaders(request.headers);
    if (body.length > 0 || headers['content-length'] !== undefined) headers['content-length'] = String(body.length);
    const upstream = httpRequest(
      { ...target, method: request.method, path: request.path, headers, agent: false },
      (reply) => {
        const chunks: Buffer[] = [];
        reply.on('data', (chunk: Buffer) => chunks.push(chunk));
        reply.on('error', reject);
        reply.on('end', () => {
          const replyBody = Buffer.concat(chunks);
          const replyHeaders = endToEndHeaders(reply.headers);
          replyHeaders['content-length'] = String(replyBody.length);
          resolve({ status: reply.statusCode ?? 502, headers: replyHeaders, body: replyBody });
        });
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}
