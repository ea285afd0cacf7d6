import { spawn, type ChildProcess } from 'node:child_process';

export interface ShellProcess {
  /** The launch address (with its one-time token). */
  url: string;
  /** The process whose memory is the back end's: the shell itself, under npm when started through it. */
  child: ChildProcess;
  /** Milliseconds from the command to the address printed. */
  urlMs: number;
  stop(): Promise<void>;
}

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Runs a command that starts the browser shell (`npm start`, `node dist/node/shell.mjs`, …) in its own process group
 * and resolves once it prints its address; stop() ends the whole group.
 */
export function startShellProcess(command: string, args: readonly string[], startedAt = performance.now()) {
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  return new Promise<ShellProcess>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} ${args.join(' ')} printed no address within 300 s:\n${out}`));
    }, 300_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Open: (http:\/\/127\.0\.0\.1:\d+\/\S*token=[\w-]+)/.exec(out);
      if (!found?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({ url: found[1], child, urlMs: performance.now() - startedAt, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited before printing its address:\n${out}`));
    });
  });
}
