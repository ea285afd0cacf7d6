import { execFileSync, spawnSync } from 'node:child_process';
import { percentile, reportFigure, type BenchOutcome } from './benchReport';
import { acquireWorkspaceLock } from '../electron/core/workspace';
import { generateLoadWorkspace, LONG_SERVING } from './load/generateLoadWorkspace';

const ROUNDS = Number(process.env['CLI_ROUNDS'] ?? 15);
const median = (xs: number[]) => percentile(xs, 50);

/** Wall time of one whole process, from spawn to exit. */
function processMs(command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

/**
 * CLI-1: `list` on the 10,000-case workspace as `npm run cli` runs it (the launcher checks the bundle is current,
 * then runs it), whole process, against bare Node start-up (`node -e ''`), interleaved round by round. It answers
 * from a read-only look at the workspace; while another program holds the workspace it goes through the back end,
 * timed too (informational).
 */
export default async function cliBench(): Promise<BenchOutcome[]> {
  execFileSync(process.execPath, ['scripts/build.mjs', 'node'], { stdio: 'inherit' });
  const large = await generateLoadWorkspace(LONG_SERVING, { log: (line) => console.log(`  load workspace: ${line}`) });
  const cli = (...args: string[]) => ['scripts/cli.mjs', ...args, '--data-dir', large.dataDir];
  processMs(process.execPath, cli('list'));
  const samples = {
    list: [] as number[],
    bare: [] as number[],
    all: [] as number[],
    npm: [] as number[],
    npmBare: [] as number[],
    throughBackend: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    samples.bare.push(processMs(process.execPath, ['-e', '']));
    samples.list.push(processMs(process.execPath, cli('list')));
    samples.all.push(processMs(process.execPath, cli('list', '--all')));
    if (round < 5) {
      samples.npm.push(processMs('npm', ['run', '--silent', 'cli', '--', 'list', '--data-dir', large.dataDir]));
      samples.npmBare.push(processMs('npm', ['exec', '--offline', '--', 'node', '-e', '']));
    }
  }
  // This process holds the workspace as the app would: `list` then opens the back end read-only.
  const held = acquireWorkspaceLock(large.dataDir, 'the CLI benchmark');
  try {
    for (let round = 0; round < 5; round++) samples.throughBackend.push(processMs(process.execPath, cli('list')));
  } finally {
    held.release();
  }
  for (const [name, xs] of Object.entries(samples))
    console.log(`  ${name}: ${xs.map((x) => x.toFixed(0)).join(' ')} ms`);
  const figure = (name: string, value: number[], base: number[], baselineName: string, targets = true) =>
    reportFigure({
      name,
      value: median(value) / 1000,
      unit: 's',
      baselineName,
      baselineValue: median(base) / 1000,
      ...(targets ? { maxRatio: 3, maxValue: 0.5 } : {}),
    });
  return [
    figure(
      `CLI-1 \`list\` on ${large.cases.toLocaleString('en-US')} cases (open work, as \`npm run cli -- list\` runs it), whole process (median of ${ROUNDS})`,
      samples.list,
      samples.bare,
      "bare Node start-up, node -e ''",
    ),
    figure(
      `CLI-1 \`list --all\`: every one of the ${large.cases.toLocaleString('en-US')} cases printed, informational`,
      samples.all,
      samples.bare,
      "bare Node start-up, node -e ''",
      false,
    ),
    figure(
      'CLI-1 `list` through the back end, while another program holds the workspace, informational',
      samples.throughBackend,
      samples.bare,
      "bare Node start-up, node -e ''",
      false,
    ),
    figure(
      '`npm run cli -- list` through npm itself, informational (npm takes its own start-up)',
      samples.npm,
      samples.npmBare,
      "npm exec -- node -e ''",
      false,
    ),
  ];
}
