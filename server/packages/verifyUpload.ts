import {
  verifyPackageFiles,
  type PackageFiles,
  type PackageVerdict,
} from '../../electron/core/packages/verifyPackageFiles';

export type { PackageFiles, PackageVerdict };

/** The one place the server meets the signing module: hashes, the manifest's CMS signature and the letter's PDF signature. */
export function verifyUpload(files: PackageFiles): Promise<PackageVerdict> {
  return verifyPackageFiles(files);
}
