import { isAppError } from '../../../shared/ipc';
import type { PackageFiles } from './packageFiles';
import { readPackageDir } from './readPackageDir';
import { verifyPackageFiles, type PackageVerdict, type VerifyPackageOptions } from './verifyPackageFiles';

/** verifyPackageFiles on a package folder; a missing file is a problem naming it rather than a thrown error. */
export async function verifyPackageDir(dir: string, options: VerifyPackageOptions = {}): Promise<PackageVerdict> {
  let files: PackageFiles;
  try {
    files = readPackageDir(dir);
  } catch (error) {
    if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
    const file = error.detailsOf('packageFile')?.file ?? 'package';
    return {
      valid: false,
      problems: [{ file, code: 'FILE_MISSING', message: error.message }],
      manifest: null,
      certificateSha256: null,
      signerId: null,
    };
  }
  return verifyPackageFiles(files, options);
}
