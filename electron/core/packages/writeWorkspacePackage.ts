import { join } from 'node:path';
import { encryptRecord } from '../recordStore';
import type { SignedPackage } from './buildSignedPackage';
import { ensurePrivateDir, writeFileAtomic } from '../files';
import { PACKAGE_DIR_FILES, type PackageFiles } from './packageFiles';

import type { Workspace } from '../workspace';

/**
 * Writes a package inside the workspace encrypted at rest with the record key (same format as record files),
 * manifest and signature last. readWorkspacePackage gives back the exact signed bytes; exports stay clear (writePackageDir).
 */
export function writeWorkspacePackage(ws: Pick<Workspace, 'recordKeys'>, dir: string, pkg: SignedPackage): void {
  const files: PackageFiles = { ...pkg.files, manifestJson: pkg.manifestJson, manifestSig: pkg.manifestSig };
  ensurePrivateDir(dir);
  for (const [key, fileName] of PACKAGE_DIR_FILES)
    writeFileAtomic(join(dir, fileName), encryptRecord(files[key], ws.recordKeys[0]));
}
