import { join } from 'node:path';
import type { SignedPackage } from './buildSignedPackage';
import { ensurePrivateDir, writeFileAtomic } from '../files';
import { PACKAGE_DIR_FILES, type PackageFiles } from './packageFiles';

/** Writes the package's five files into `dir` (owner-only), the manifest and its signature last so a complete manifest means a complete package. */
export function writePackageDir(dir: string, pkg: SignedPackage): void {
  const files: PackageFiles = { ...pkg.files, manifestJson: pkg.manifestJson, manifestSig: pkg.manifestSig };
  ensurePrivateDir(dir);
  for (const [key, fileName] of PACKAGE_DIR_FILES) writeFileAtomic(join(dir, fileName), files[key]);
}
