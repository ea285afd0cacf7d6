import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `npm run cli -- <args> --data-dir <dir>` in a child process, as a reviewer types it; never throws. */
export async function runCli(
  dataDir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(
      join('node_modules', '.bin', 'tsx'),
      ['electron/cli/main.ts', ...args, '--data-dir', dataDir],
      { encoding: 'utf8', env: { ...process.env, ...env } },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
