import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export type RendererFile =
  { kind: 'file'; path: string; contentType: string } | { kind: 'outside' } | { kind: 'missing' };

/** A URL path of the built renderer as a file inside it (never outside), for the shell route and the app:// protocol. */
export function resolveRendererFile(rendererDir: string, pathname: string, fallbackToIndex: boolean): RendererFile {
  const root = normalize(rendererDir);
  const file = normalize(join(root, decodeURIComponent(pathname === '/' ? 'index.html' : pathname.slice(1))));
  if (!file.startsWith(root + sep)) return { kind: 'outside' };
  const exists = existsSync(file) && statSync(file).isFile();
  const target = exists ? file : fallbackToIndex ? join(root, 'index.html') : null;
  if (!target || !existsSync(target)) return { kind: 'missing' };
  return { kind: 'file', path: target, contentType: CONTENT_TYPES[extname(target)] ?? 'application/octet-stream' };
}
