import { randomBytes } from 'node:crypto';
import { chmodSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes a file only its owner can read (0600), atomically: a crash leaves the old file or the new one. */
export function writePrivateFile(path: string, bytes: Buffer | string): void {
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, bytes, { mode: 0o600, flush: true });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}
