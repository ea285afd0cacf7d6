import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { TEST_ANCHOR_DIR } from './runCli';

export interface ShellProcess {
  child: ChildProcess;
  port: number;
  /** The launch token printed on start (the part after `token=`). */
  token: string;
  output(): string;
  /** SIGKILL: no handler runs, nothing is closed cleanly. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** The real browser shell (`npm run shell`) in its own process, on a data folder, ready once it printed its address. */
export async function startShellProcess(dataDir: string, extraArgs: string[] = []): Promise<ShellProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join('electron', 'shell', 'startShell.ts'), '--data-dir', dataDir, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, IMR_ANCHOR_DIR: TEST_ANCHOR_DIR } },
  );
  let text = '';
  child.stdout?.on('data', (c: Buffer) => (text += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<{ port: number; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The shell did not start:\n${text}`)), 90_000);
    const check = () => {
      const match = /Open: http:\/\/127\.0\.0\.1:(\d+)\/\S*token=([\w-]+)/.exec(text);
      if (!match) return;
      clearTimeout(timer);
      resolve({ port: Number(match[1]), token: match[2] ?? '' });
    };
    child.stdout?.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`The shell exited:\n${text}`));
    });
  });
  return {
    child,
    ...ready,
    output: () => text,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
