import { spawn } from 'node:child_process';
import { findElectronRuntime } from './findElectronRuntime';

const runtime = findElectronRuntime();
if (runtime.available && runtime.binary) {
  const child = spawn(runtime.binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `\nThe Electron desktop runtime is not available on this machine: ${runtime.reason}. ` +
      'The workstation therefore starts in its browser shell instead: the same back end and the same screens, ' +
      'served only to this computer (127.0.0.1) behind a one-time token. Open the address printed below in Chromium or Chrome. ' +
      'On a machine where Electron can download its runtime (`npx install-electron`), `npm start` opens the desktop window.\n',
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/shell/startShell.ts', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}
