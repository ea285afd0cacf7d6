import { join } from 'node:path';
import { encryptRecord } from '../records/encryptedRecordFormat';
import type { SignedPackage } from '../signing/buildSignedPackage';
import { ensurePrivateDir } from '../signing/ensurePrivateDir';
import { PACKAGE_DIR_FILES, type PackageFiles } from '../signing/packageFiles';
import { writeFileAtomic } from '../security/writeFileAtomic';
import type { Workspace } from '../workspace/workspace';

/**
 * Writes a package inside the workspace encrypted at rest with the record key (same format as record files),
 * manifest and signature last. readWorkspacePackage gives back the exact signed bytes; exports stay clear (writePackageDir).
 */
export function writeWorkspacePackage(ws: Pick<Workspace, 'recordKeys'>, dir: string, pkg: SignedPackage): void {
  const files: PackageFiles = { ...pkg.files, manifestJson: pkg.manifestJson, manifestSig: pkg.manifestSig };
  ensurePrivateDir(dir);
  for (const [key, fileName] of PACKAGE_DIR_FILES) writeFileAtomic(join(dir, fileName), encryptRecord(files[key], ws.recordKeys[0]));
}
