import type { PackageTransport } from '../../../shared/domain';
import { AppError } from '../../../shared/ipc';
import { readWorkspacePackage, type PackageFiles } from '../packages';

import type { Workspace } from '../workspace';

/** The workspace package as the upload body: the signed bytes (decrypted at rest), manifest verbatim, every file base64, nothing re-encoded. */
export function readPackageTransport(ws: Pick<Workspace, 'recordKeys'>, dir: string): PackageTransport {
  let files: PackageFiles;
  try {
    files = readWorkspacePackage(ws, dir);
  } catch (error) {
    throw new AppError(
      'BAD_FILE',
      error instanceof Error ? error.message : `The signed package in ${dir} cannot be read.`,
    );
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
