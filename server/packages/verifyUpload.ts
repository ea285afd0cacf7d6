import type { PackageManifest } from '../../shared/domain/signedPackage';
import { verifyPackageFilesInterim } from './verifyPackageFilesInterim';

/** The one place the server meets the signing module; until it lands this file holds its contract only. */
export interface PackageFiles {
  manifestJson: Buffer;
  manifestSig: Buffer;
  'letter.pdf': Buffer;
  'determination.json': Buffer;
  'certificate.pem': Buffer;
}

export interface PackageVerdict {
  valid: boolean;
  problems: { file: string; code: string; message: string }[];
  manifest: PackageManifest | null;
  certificateSha256: string | null;
  signerId: string | null;
}

export function verifyUpload(files: PackageFiles): Promise<PackageVerdict> {
  return verifyPackageFilesInterim(files);
}
