import { isAbsolute, join } from 'node:path';

/** Where a signed version's package lives, relative to the data folder (the folder may move; rows stay valid). */
export function packageDirFor(caseNumber: string, version: number): string {
  return join('signed', caseNumber, `v${version}`);
}

export function absolutePackageDir(dataDir: string, packageDir: string): string {
  return isAbsolute(packageDir) ? packageDir : join(dataDir, packageDir);
}
