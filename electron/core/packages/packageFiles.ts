/** A signed determination package's five files as bytes (shared/domain/signedPackage.ts describes each). */
export interface PackageFiles {
  manifestJson: Buffer;
  /** Base64 text of the DER CMS signature over manifestJson. */
  manifestSig: Buffer;
  'letter.pdf': Buffer;
  'determination.json': Buffer;
  'certificate.pem': Buffer;
}

/** File names on disk, in the order a writer puts them down: the manifest and its signature last. */
export const PACKAGE_DIR_FILES = [
  ['letter.pdf', 'letter.pdf'],
  ['determination.json', 'determination.json'],
  ['certificate.pem', 'certificate.pem'],
  ['manifestJson', 'manifest.json'],
  ['manifestSig', 'manifest.sig'],
] as const satisfies ReadonlyArray<readonly [keyof PackageFiles, string]>;
