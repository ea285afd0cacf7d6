import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc';
import type { PackageFiles } from './packageFiles';

/** Reads a package folder's five files; a missing one is an AppError naming it (details.file). */
export function readPackageDir(dir: string): PackageFiles {
  const read = (fileName: string): Buffer => {
    try {
      return readFileSync(join(dir, fileName));
    } catch {
      throw new AppError(
        'NOT_FOUND',
        `The package in ${dir} has no ${fileName}. Sign the determination again to rebuild it.`,
        { kind: 'packageFile', file: fileName },
      );
    }
  };
  return {
    'letter.pdf': read('letter.pdf'),
    'determination.json': read('determination.json'),
    'certificate.pem': read('certificate.pem'),
    manifestJson: read('manifest.json'),
    manifestSig: read('manifest.sig'),
  };
}
