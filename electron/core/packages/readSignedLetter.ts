import { createHash } from 'node:crypto';
import { AppError, isAppError } from '../../../shared/ipc';
import type { SignedDeterminationRow } from '../db';
import type { Workspace } from '../workspace';
import { absolutePackageDir } from './packageDirFor';
import { readWorkspacePackage } from './readWorkspacePackage';

/** The signed letter.pdf of a version, refused when its bytes no longer match the hash recorded at signing. */
export function readSignedLetter(ws: Pick<Workspace, 'dataDir' | 'recordKeys'>, row: SignedDeterminationRow): Buffer {
  let bytes: Buffer;
  try {
    bytes = readWorkspacePackage(ws, absolutePackageDir(ws.dataDir, row.packageDir))['letter.pdf'];
  } catch (error) {
    if (isAppError(error) && error.code !== 'NOT_FOUND') throw error;
    throw new AppError(
      'NOT_FOUND',
      `The signed letter of version ${row.version} is missing from ${row.packageDir}. Restore the data folder from a backup.`,
    );
  }
  if (createHash('sha256').update(bytes).digest('hex') !== row.letterSha256) {
    throw new AppError(
      'BAD_FILE',
      `The signed letter of version ${row.version} was changed on disk after signing. Export its package with "npm run cli -- export-package", check it with "npm run cli -- verify", and restore it from a backup.`,
    );
  }
  return bytes;
}
