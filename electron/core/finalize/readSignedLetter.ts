import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/appError';
import type { SignedDeterminationRow } from '../db/repositories/signedDeterminationRepository';
import { absolutePackageDir } from './packageDirFor';

/** The signed letter.pdf of a version, refused when its bytes no longer match the hash recorded at signing. */
export function readSignedLetter(dataDir: string, row: SignedDeterminationRow): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(absolutePackageDir(dataDir, row.packageDir), 'letter.pdf'));
  } catch {
    throw new AppError('NOT_FOUND', `The signed letter of version ${row.version} is missing from ${row.packageDir}. Restore the data folder from a backup.`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== row.letterSha256) {
    throw new AppError('BAD_FILE', `The signed letter of version ${row.version} was changed on disk after signing. Run "npm run cli -- verify" on its package and restore it from a backup.`);
  }
  return bytes;
}
