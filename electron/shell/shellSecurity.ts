import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The address printed at start; the token follows in its fragment. */
export const LAUNCH_PATH = '/launch';

export function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost';
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export function tokenMatches(candidate: string | undefined, token: string): boolean {
  if (!candidate || candidate.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(candidate), Buffer.from(token));
}

/** The launch token from `Authorization: Bearer …`, the only place the shell accepts it (never a cookie or the URL). */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

/** Refuses DNS-rebinding (foreign Host) and cross-site requests (foreign Origin, or a browser saying it is cross-site). */
export function hostAndOriginAllowed(req: IncomingMessage, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return req.method === 'GET' || req.method === 'HEAD';
  return allowedHosts.some((h) => origin === `http://${h}`);
}

/** The renderer's policy; the Electron window also reads record bytes from the imr-record: scheme. */
export function contentSecurityPolicy(recordSources: readonly string[] = []): string {
  const records = recordSources.map((source) => ` ${source}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${records}`,
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    `connect-src 'self'${records}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const SHELL_CSP = contentSecurityPolicy();
