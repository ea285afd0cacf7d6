import type { PackageManifest } from '../../shared/domain/signedPackage';

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

export async function verifyUpload(files: PackageFiles): Promise<PackageVerdict> {
  void files;
  throw new Error('verifyPackageFiles is not wired yet');
}
