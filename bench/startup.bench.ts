import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/launchChromium';
import { percentile, reportFigure, type BenchOutcome } from './benchReport';
import { createDemoWorkspace, createEmptyWorkspace } from './app/emptyWorkspace';
import { openInbox } from './app/openInbox';
import { startShellProcess } from './app/startShellProcess';
import { generateLoadWorkspace, LONG_SERVING } from './load/generateLoadWorkspace';

const ROUNDS = Number(process.env['STARTUP_ROUNDS'] ?? 7);
const median = (xs: number[]) => percentile(xs, 50);

/** Milliseconds from the command to the inbox painted in Chromium (the browser is already open, as a reviewer's is). */
async function commandToInbox(browser: Browser, command: string, args: string[]): Promise<number> {
  const started = performance.now();
  const shell = await startShellProcess(command, args, started);
  try {
    const { close } = await openInbox(browser, shell.url);
    const ms = performance.now() - started;
    await close();
    return ms;
  } finally {
    await shell.stop();
  }
}

/**
 * STARTUP-1: `npm start` a second time (nothing to build) to the inbox, against the built shell alone on an empty
 * workspace. STARTUP-2: the shell started cold to the inbox on the 10,000-case workspace, against the demo's 14 cases.
 */
export default async function startupBench(): Promise<BenchOutcome[]> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const [empty, demo, large] = [
    await createEmptyWorkspace(),
    await createDemoWorkspace(),
    await generateLoadWorkspace(LONG_SERVING, { log: (line) => console.log(`  load workspace: ${line}`) }),
  ];
  const browser = await launchChromium();
  try {
    const shell = (dataDir: string) => ['dist/node/shell.mjs', '--data-dir', dataDir];
    // First runs: the launcher's compile cache and the workspace's first open (migrations, a first backup) are not timed.
    await commandToInbox(browser, 'npm', ['start', '--', '--data-dir', demo]);
    await commandToInbox(browser, process.execPath, shell(large.dataDir));
    const samples = {
      npmStart: [] as number[],
      emptyShell: [] as number[],
      large: [] as number[],
      small: [] as number[],
    };
    for (let round = 0; round < ROUNDS; round++) {
      samples.npmStart.push(await commandToInbox(browser, 'npm', ['start', '--', '--data-dir', demo]));
      samples.emptyShell.push(await commandToInbox(browser, process.execPath, shell(empty)));
      samples.large.push(await commandToInbox(browser, process.execPath, shell(large.dataDir)));
      samples.small.push(await commandToInbox(browser, process.execPath, shell(demo)));
    }
    for (const [name, xs] of Object.entries(samples))
      console.log(`  ${name}: ${xs.map((x) => x.toFixed(0)).join(' ')} ms`);
    return [
      reportFigure({
        name: `STARTUP-1 second \`npm start\`, command to inbox rendered in Chromium (demo workspace, median of ${ROUNDS})`,
        value: median(samples.npmStart) / 1000,
        unit: 's',
        baselineName: 'the built shell alone (node dist/node/shell.mjs) on an empty workspace',
        baselineValue: median(samples.emptyShell) / 1000,
        maxRatio: 1.5,
        maxValue: 2,
      }),
      reportFigure({
        name: `STARTUP-2 cold start to inbox rendered, ${large.cases.toLocaleString('en-US')} cases / ${large.pages.toLocaleString('en-US')} pages (median of ${ROUNDS})`,
        value: median(samples.large) / 1000,
        unit: 's',
        baselineName: 'the same with the demo workspace (14 cases)',
        baselineValue: median(samples.small) / 1000,
        maxRatio: 1.5,
      }),
    ];
  } finally {
    await browser.close();
    for (const dataDir of [empty, demo]) rmSync(dirname(dataDir), { recursive: true, force: true });
  }
}
