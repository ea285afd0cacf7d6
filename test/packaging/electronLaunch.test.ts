import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronRuntime } from '../../scripts/launch/findElectronRuntime.mjs';

const runtime = findElectronRuntime();
if (!runtime.available) {
  console.warn(
    `[electron launch test] SKIPPED: ${runtime.reason}. The same back end and renderer are covered through the browser shell in test/e2e.`,
  );
}

describe('Electron launch', () => {
  it.skipIf(!runtime.available)(
    `opens the workstation window on a fresh workspace when the Electron runtime exists (skipped here: ${runtime.reason})`,
    () => {
      const build = spawnSync(process.execPath, ['scripts/build.mjs', 'electron'], { encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
      const dataDir = mkdtempSync(join(tmpdir(), 'imr-electron-'));
      try {
        const run = spawnSync(runtime.binary ?? 'electron', ['.', '--no-sandbox'], {
          encoding: 'utf8',
          timeout: 90_000,
          env: { ...process.env, IMR_DATA_DIR: dataDir, IMR_SMOKE_TEST: '1' },
        });
        expect(run.stdout).toMatch(/IMR_SMOKE_OK IMR Reviewer Workstation/);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(runtime.available)(
    'falls back to the browser shell with a plain explanation and a URL when Electron is unavailable',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'imr-start-'));
      const child = spawn(process.execPath, ['scripts/start.mjs', '--data-dir', dataDir], {
        env: { ...process.env },
      });
      let out = '';
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no URL printed within 60 s:\n${out}`)), 60_000);
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            if (/Open: http:\/\/127\.0\.0\.1:\d+\/launch#token=/.test(out)) {
              clearTimeout(timer);
              resolve();
            }
          });
          child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${out}`)));
        });
        expect(out).toMatch(/Electron desktop runtime is not available on this machine/);
        expect(out).toMatch(/browser shell/);
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
