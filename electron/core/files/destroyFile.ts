import { closeSync, fstatSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { syncDirectory } from './writeFileAtomic';

/**
 * Overwrites a secret file (a key) with random bytes, flushes that to the disk, then deletes it. On a plain file system
 * the old bytes are gone; on an SSD, a copy-on-write file system or a backed-up folder an old copy may survive, which is
 * why replacing a key also re-encrypts everything the old key opened.
 */
export function destroyFile(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch {
    return;
  }
  try {
    const size = fstatSync(fd).size;
    const noise = randomBytes(Math.max(size, 64));
    let written = 0;
    while (written < noise.length) written += writeSync(fd, noise, written, noise.length - written, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
  syncDirectory(dirname(path));
}
