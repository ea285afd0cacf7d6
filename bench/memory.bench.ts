import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildRecordPdf } from '../test/electron/records/support/buildRecordPdf';
import { medicalPages } from '../test/electron/records/support/medicalText';
import { launchChromium } from '../test/e2e/support/launchChromium';
import { reportFigure, type BenchOutcome } from './benchReport';
import { createDemoWorkspace } from './app/emptyWorkspace';
import { openInbox } from './app/openInbox';
import { readPeakRssMiB } from './app/readPeakRss';
import { startShellProcess } from './app/startShellProcess';
import { generateLoadWorkspace, LONG_SERVING } from './load/generateLoadWorkspace';

const CASE = 'CM14-0012345';
const RECORD = 'Long records compilation.pdf';
const PAGES = 2000;

/** The back end's peak resident memory from its start to the inbox listed in full and the long record shown, page 1 and page 1,000. */
async function peakWhileWorking(browser: Browser, dataDir: string, cases: number): Promise<number> {
  const shell = await startShellProcess(process.execPath, ['dist/node/shell.mjs', '--data-dir', dataDir]);
  try {
    const { page, close } = await openInbox(browser, shell.url);
    await page
      .getByTestId('inbox-count')
      .filter({ hasText: new RegExp(`^${cases.toLocaleString('en-US')} cases`) })
      .waitFor({ timeout: 120_000 });
    await page.getByLabel('Search cases').fill(CASE);
    await page.getByLabel('Search cases').press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: CASE }).waitFor();
    await page.locator('.document-list li', { hasText: 'Long records compilation' }).click();
    await page.locator('.pdfViewer .page[data-page-number="1"] canvas').waitFor({ timeout: 120_000 });
    await page.getByLabel('Page number').fill('1000');
    await page.getByLabel('Page number').press('Enter');
    await page.locator('.pdfViewer .page[data-page-number="1000"] canvas').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    const peak = readPeakRssMiB(shell.child.pid ?? 0);
    await close();
    return peak;
  } finally {
    await shell.stop();
  }
}

/** MEM-1: peak RSS of the back end with the 10,000-case workspace open and a 2,000-page record displayed, against the demo. */
export default async function memoryBench(): Promise<BenchOutcome[]> {
  execFileSync(process.execPath, ['scripts/build.mjs', 'renderer', 'node'], { stdio: 'inherit' });
  const scratch = mkdtempSync(join(tmpdir(), 'imr-bench-memory-'));
  const browser = await launchChromium();
  const cleanups = [scratch];
  try {
    const large = await generateLoadWorkspace(LONG_SERVING, {
      log: (line) => console.log(`  load workspace: ${line}`),
    });
    // A copy: the record is imported into it, and the generated workspace stays as it was for the other benches.
    const big = join(scratch, 'large');
    cpSync(large.dataDir, big, { recursive: true });
    const demo = await createDemoWorkspace();
    cleanups.push(dirname(demo));
    const pdf = join(scratch, RECORD);
    writeFileSync(pdf, await buildRecordPdf(medicalPages(PAGES)));
    for (const dataDir of [demo, big])
      execFileSync(process.execPath, ['scripts/cli.mjs', 'import', CASE, pdf, '--data-dir', dataDir], {
        stdio: 'ignore',
      });

    const small = await peakWhileWorking(browser, demo, 14);
    const heavy = await peakWhileWorking(browser, big, large.cases);
    return [
      reportFigure({
        name: `MEM-1 back end peak RSS: ${large.cases.toLocaleString('en-US')} cases listed, a ${PAGES.toLocaleString('en-US')}-page record shown at pages 1 and 1,000`,
        value: heavy,
        unit: 'MiB',
        baselineName: 'the same with the demo workspace (14 cases, same record)',
        baselineValue: small,
        maxRatio: 1.3,
      }),
    ];
  } finally {
    await browser.close();
    for (const dir of cleanups) rmSync(dir, { recursive: true, force: true });
  }
}
