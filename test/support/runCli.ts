import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Audit anchors of test workspaces go to the temp folder, not the user's configuration folder. */
export const TEST_ANCHOR_DIR = process.env['IMR_ANCHOR_DIR'] ?? join(tmpdir(), 'imr-test-audit-anchors');

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
      { encoding: 'utf8', env: { ...process.env, IMR_ANCHOR_DIR: TEST_ANCHOR_DIR, ...env } },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
