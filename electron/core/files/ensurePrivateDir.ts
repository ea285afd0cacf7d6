import { chmodSync, mkdirSync } from 'node:fs';

/** Creates a folder dedicated to private files and makes it owner-only (0700), even when it already existed. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}
