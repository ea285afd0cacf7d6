import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchServerConfig, BenchServerReady } from './syncBenchServer';

export interface BenchServerProcess extends BenchServerReady {
  stop(): Promise<void>;
}

/** Starts syncBenchServer.ts in a child Node process and waits (at most 120 s) for its ready line. */
export async function startBenchServerProcess(config: BenchServerConfig): Promise<BenchServerProcess> {
  const file = join(mkdtempSync(join(tmpdir(), 'imr-sync-bench-config-')), 'config.json');
  writeFileSync(file, JSON.stringify(config));
  const entry = fileURLToPath(new URL('./syncBenchServer.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const ready = await new Promise<BenchServerReady>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('The bench server did not start within 120 s')), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as BenchServerReady);
      }
    });
    child.once('exit', (code) => reject(new Error(`The bench server exited early (${code})`)));
  });
  return {
    ...ready,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
        setTimeout(() => child.kill(), 10_000).unref();
      }),
  };
}
