import type { PackageTransport } from '../../../shared/domain/signedPackage';
import { AppError } from '../../../shared/ipc/appError';
import { readPackageDir } from '../signing/readPackageDir';

/** The package folder as the upload body: manifest bytes verbatim, every file base64, nothing re-encoded. */
export function readPackageTransport(dir: string): PackageTransport {
  let files: ReturnType<typeof readPackageDir>;
  try {
    files = readPackageDir(dir);
  } catch (error) {
    throw new AppError('BAD_FILE', error instanceof Error ? error.message : `The signed package in ${dir} cannot be read.`);
  }
  return {
    manifestJson: files.manifestJson.toString('utf8'),
    manifestSig: files.manifestSig.toString('utf8'),
    files: {
      'letter.pdf': files['letter.pdf'].toString('base64'),
      'determination.json': files['determination.json'].toString('base64'),
      'certificate.pem': files['certificate.pem'].toString('base64'),
    },
  };
}
