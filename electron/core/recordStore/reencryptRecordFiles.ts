import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log';
import { readFileHead, writeFileAtomic } from '../files';
import { createContentStore, locationOf, recordIdentityOf } from './contentStore';
import {
  decryptRecord,
  encryptRecord,
  isBoundRecord,
  isEncryptedRecord,
  KEY_ID_END,
  recordKeyIdOf,
} from './encryptedRecordFormat';

import type { RecordKey } from './recordKey';

const MARKER = '.encrypted-with';

/**
 * Brings every record file under `target`, bound to its SHA-256 (IMRREC02): plain files from before encryption, unbound
 * files from before binding, and files under an older key during a rekey. A file is rewritten only when its plaintext
 * hashes to its name, so a file copied over another's name is never adopted there. Each file is replaced atomically,
 * so an interrupted pass simply resumes next time.
 */
export function reencryptRecordFiles(root: string, keys: readonly RecordKey[], target: RecordKey, log: Logger): number {
  const marker = join(root, MARKER);
  const done = `bound:${target.id.toString('hex')}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === done) return 0;
  if (!existsSync(root)) {
    writeFileAtomic(marker, done);
    return 0;
  }
  const reader = createContentStore(root, [target, ...keys]);
  let rewritten = 0;
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory() || !/^[0-9a-f]{2}$/.test(dir.name)) continue;
    for (const name of readdirSync(join(root, dir.name))) {
      const path = join(root, dir.name, name);
      if (name.endsWith('.tmp')) {
        rmSync(path, { force: true });
        continue;
      }
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      const head = readFileHead(path, KEY_ID_END);
      if (isBoundRecord(head) && recordKeyIdOf(head)?.equals(target.id)) continue;
      const plain = readPlain(() =>
        isBoundRecord(head)
          ? reader.read(locationOf(name))
          : isEncryptedRecord(head)
            ? decryptRecord(readFileSync(path), [target, ...keys])
            : readFileSync(path),
      );
      if (!plain || createHash('sha256').update(plain).digest('hex') !== name) {
        log.error('A record file is damaged or does not match its address; it was left as it is', { file: name });
        continue;
      }
      writeFileAtomic(path, encryptRecord(plain, target, recordIdentityOf(name)));
      plain.fill(0);
      rewritten++;
    }
  }
  writeFileAtomic(marker, done);
  return rewritten;
}

function readPlain(read: () => Buffer): Buffer | null {
  try {
    return read();
  } catch {
    return null;
  }
}
