import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tempDir';

const run = promisify(execFile);

async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; out: string; stdout: string }> {
  try {
    const { stdout, stderr } = await run(
      join('node_modules', '.bin', 'tsx'),
      ['electron/cli/main.ts', ...args, '--data-dir', dataDir],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, out: stdout + stderr, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}`, stdout: e.stdout ?? '' };
  }
}

describe('cli chronology and duplicates', () => {
  const dir = tempDir('imr-cli-chronology-');
  afterAll(() => dir.remove());

  it('prints the demo compilation newest first, with its copy folded into the note it repeats', async () => {
    const text = await cli(dir.path, 'chronology', 'CM14-0012345');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /70 encounters in 72 pages \(1 copies folded\)\. Injury 2008-10-08, RFA 2014-03-27, UR 2014-04-03\./,
    );
    const rows = text.out.split('\n').filter((l) => /^\d{4}-\d{2}-\d{2}/.test(l));
    expect(rows[0]).toMatch(
      /^2014-06-06 +progress_note +Lysander Quillon, MD .*\(also at Complete medical records p\. 37\)/,
    );
    const dates = rows.map((r) => r.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());

    const json = await cli(dir.path, 'chronology', 'CM14-0012345', '--json');
    const parsed = JSON.parse(json.stdout) as {
      encounters: { serviceDate: string | null }[];
    };
    expect(parsed.encounters).toHaveLength(70);
  }, 180_000);

  it('lists the duplicate groups with their similarity, and says how to find a case number', async () => {
    const groups = await cli(dir.path, 'duplicates', 'CM14-0012345');
    expect(groups.code).toBe(0);
    expect(groups.out).toMatch(/1 duplicate group\(s\) at 80% similarity\./);
    expect(groups.out).toMatch(/ +\d{2}% text +Complete medical records p\. 37/);
    const missing = await cli(dir.path, 'duplicates', 'CM99-0000000');
    expect(missing.code).not.toBe(0);
    expect(missing.out).toMatch(/No case CM99-0000000 in this workspace/);
  }, 180_000);
});
