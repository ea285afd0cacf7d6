import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log';
import {
  KEY_ID_END,
  decryptRecord,
  encryptRecord,
  isEncryptedRecord,
  recordKeyIdOf,
  type RecordKey,
} from '../recordStore';
import { readFileHead, writeFileAtomic } from '../files';

import { PACKAGE_DIR_FILES } from './packageFiles';

/** Written after a full pass: which key every package file is under. New packages are written under the same key. */
export const PACKAGES_KEY_MARKER = '.encrypted-with';

/**
 * Brings every package file under `signedRoot` (signed/<case>/v<n>) under keys[0]: clear files from before packages
 * were encrypted at rest, and files under an older key during a rekey. Each file is replaced atomically and readers
 * accept either form, so an interrupted pass simply resumes at the next open. Returns how many files it rewrote.
 * The marker of a finished pass under the same key skips the walk: thousands of packages are not opened at every start.
 */
export function reencryptWorkspacePackages(
  signedRoot: string,
  keys: readonly [RecordKey, ...RecordKey[]],
  log: Logger,
): number {
  if (!existsSync(signedRoot)) return 0;
  const [target] = keys;
  const marker = join(signedRoot, PACKAGES_KEY_MARKER);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === target.id.toString('hex')) return 0;
  let rewritten = 0;
  let damaged = 0;
  for (const caseDir of readdirSync(signedRoot, { withFileTypes: true })) {
    if (!caseDir.isDirectory()) continue;
    for (const versionDir of readdirSync(join(signedRoot, caseDir.name), { withFileTypes: true })) {
      if (!versionDir.isDirectory() || !/^v\d+$/.test(versionDir.name)) continue;
      for (const [, fileName] of PACKAGE_DIR_FILES) {
        const path = join(signedRoot, caseDir.name, versionDir.name, fileName);
        if (!existsSync(path)) continue;
        if (recordKeyIdOf(readFileHead(path, KEY_ID_END))?.equals(target.id)) continue;
        const bytes = readFileSync(path);
        const encrypted = isEncryptedRecord(bytes);
        let plain: Buffer;
        try {
          plain = encrypted ? decryptRecord(bytes, keys) : bytes;
        } catch {
          log.error('A signed package file is damaged; it was left as it is', {
            file: join(caseDir.name, versionDir.name, fileName),
          });
          damaged++;
          continue;
        }
        writeFileAtomic(path, encryptRecord(plain, target));
        rewritten++;
      }
    }
  }
  // A damaged file is looked at again next time rather than marked done.
  if (damaged === 0) writeFileAtomic(marker, target.id.toString('hex'));
  return rewritten;
}
