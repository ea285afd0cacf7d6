// @ts-check
// `npm start`: builds only what is missing or older than its sources, then opens the desktop window, or the
// browser shell where the Electron runtime cannot be downloaded.
import './launch/requireNode.mjs';
import { spawn } from 'node:child_process';
import { ensureBuilt, nodeBundleUrl, ROOT } from './launch/ensureBuilt.mjs';
import { enableCompileCache } from './launch/enableCompileCache.mjs';
import { findElectronRuntime } from './launch/findElectronRuntime.mjs';

const runtime = findElectronRuntime();
await ensureBuilt('renderer');
if (runtime.available && runtime.binary) {
  await ensureBuilt('electron');
  const child = spawn(runtime.binary, ['.'], { stdio: 'inherit', cwd: ROOT });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `\nThe Electron desktop runtime is not available on this machine: ${runtime.reason}. ` +
      'The workstation therefore starts in its browser shell instead: the same back end and the same screens, ' +
      'served only to this computer (127.0.0.1) behind a one-time token. Open the address printed below in Chromium or Chrome. ' +
      'On a machine where Electron can download its runtime (`npx install-electron`), `npm start` opens the desktop window.\n',
  );
  await ensureBuilt('node');
  enableCompileCache();
  await import(nodeBundleUrl('shell'));
}
