import { AppError, isAppError } from '../../../shared/ipc';
import { decryptRecord, isEncryptedRecord } from '../recordStore';
import { PACKAGE_DIR_FILES, type PackageFiles } from './packageFiles';
import { readPackageDir } from './readPackageDir';
import type { Workspace } from '../workspace';

/**
 * A workspace package's five files as signed: encrypted files are decrypted with the record keys, and a clear
 * file (written before packages were encrypted at rest) is taken as it is, told apart by the format's magic header.
 */
export function readWorkspacePackage(ws: Pick<Workspace, 'recordKeys'>, dir: string): PackageFiles {
  const stored = readPackageDir(dir);
  const files = { ...stored };
  for (const [key, fileName] of PACKAGE_DIR_FILES) {
    const bytes = stored[key];
    if (!isEncryptedRecord(bytes)) continue;
    try {
      files[key] = decryptRecord(bytes, ws.recordKeys);
    } catch (error) {
      const code = isAppError(error) && error.code === 'DB_KEY_INVALID' ? 'DB_KEY_INVALID' : 'BAD_FILE';
      throw new AppError(
        code,
        `The ${fileName} of the signed package in ${dir} is damaged or was changed outside the app. Restore the data folder from a backup.`,
        {
          kind: 'packageFile',
          file: fileName,
        },
      );
    }
  }
  return files;
}
