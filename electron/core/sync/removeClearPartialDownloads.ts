import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFileHead } from '../files';
import { PARTIAL_DOWNLOADS_DIR } from './downloadOneRecord';
import { isEncryptedPartial, removePartial } from './encryptedPartialFile';

/**
 * Interrupted downloads written by versions before partial files were encrypted hold record bytes in clear: they are
 * deleted when the workspace opens (the download starts again at the next sync). Returns how many there were
 * (only counted when `remove` is false).
 */
export function removeClearPartialDownloads(dataDir: string, remove = true): number {
  const dir = join(dataDir, PARTIAL_DOWNLOADS_DIR);
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (isEncryptedPartial(readFileHead(path, 8))) continue;
    if (remove) removePartial(path);
    removed++;
  }
  return removed;
}
