// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Electron 45 downloads its runtime on first use; on machines without that download there is no binary.
 * @returns {{ available: boolean, binary: string | null, reason: string }}
 */
export function findElectronRuntime() {
  const require = createRequire(import.meta.url);
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { available: false, binary: null, reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      available: false,
      binary: null,
      reason:
        'the Electron runtime has not been downloaded (node_modules/electron has no dist/ and no path.txt; this machine cannot reach the Electron download host)',
    };
  }
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { available: true, binary, reason: 'Electron runtime found' }
    : { available: false, binary: null, reason: `the Electron binary listed in path.txt is missing (${binary})` };
}
