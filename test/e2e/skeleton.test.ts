import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, saveScreenshot, collectPageErrors } from './support/launchChromium';
import { startShellForTest, type ShellUnderTest } from './support/startShellForTest';

const SAMPLE_CASE = 'CM14-0012345';
const RATIONALE =
  'There is insufficient documentation of acute changes since the prior cervical MRI. Therefore, the request is not medically necessary.';

describe('walking skeleton end to end', () => {
  let app: ShellUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let inFlight = 0;

  beforeAll(async () => {
    app = await startShellForTest();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    errors = collectPageErrors(page);
    // Calls only: the back end's event stream stays open for as long as the window does.
    const isCall = (request: Request) => !new URL(request.url()).pathname.startsWith('/api/events');
    page.on('request', (r) => isCall(r) && (inFlight += 1));
    page.on('requestfinished', (r) => isCall(r) && (inFlight -= 1));
    page.on('requestfailed', (r) => isCall(r) && (inFlight -= 1));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the inbox with the demo cases when opened with the launch token', async () => {
    await page.goto(app.shell.launchUrl);
    await page.getByRole('heading', { name: 'Assigned cases' }).waitFor();
    const rows = page.locator('table.case-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(12);
    await expect.poll(() => page.locator('.due-overdue').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'skeleton-inbox');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('finds the sample case by search and opens it by keyboard', async () => {
    await page.getByLabel('Search cases').fill(SAMPLE_CASE);
    await expect.poll(() => page.locator('table.case-table tbody tr').count()).toBe(1);
    await page.getByLabel('Search cases').press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: SAMPLE_CASE }).waitFor();
  });

  it('shows page 1 of a record beside the determination editor', async () => {
    const firstPage = page.locator('.pdfViewer .page[data-page-number="1"]');
    await firstPage.locator('canvas').waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await firstPage.locator('.textLayer').textContent())?.length ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(20);
    await expect.poll(() => page.locator('.item-editor').count()).toBeGreaterThanOrEqual(2);
  });

  it('saves a decision and a typed rationale to SQLite', async () => {
    const item = page.locator('.item-editor[data-item="MRI Cervical"]');
    await item.getByLabel(/Upheld/).check();
    await item.getByRole('textbox', { name: /Decision rationale/ }).click();
    await page.keyboard.type(RATIONALE);
    await expect
      .poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 10_000 })
      .toBe('saved');
    await saveScreenshot(page, 'skeleton-workspace');
  });

  it('still shows the decision and the rationale after the back end restarts', async () => {
    const caseUrl = page.url();
    // The checks re-run 250 ms after the save (rendering the letter): let that call finish, so the restart
    // interrupts nothing the window is still waiting for.
    await page.waitForTimeout(400);
    await expect.poll(() => inFlight, { timeout: 30_000 }).toBe(0);
    // The window is closed while the back end is down, as a reviewer restarting the app would; a page left open
    // would log refused connections from its status polls for as long as the restart takes.
    await page.goto('about:blank');
    await app.restart();
    await page.goto(app.shell.launchUrl);
    await page.goto(caseUrl);
    const item = page.locator('.item-editor[data-item="MRI Cervical"]');
    await item.waitFor();
    await expect.poll(() => item.getByLabel(/Upheld/).isChecked()).toBe(true);
    await expect
      .poll(() => item.getByRole('textbox', { name: /Decision rationale/ }).textContent())
      .toContain(RATIONALE);
    expect(errors).toEqual([]);
  });

  it('keeps no demo text in clear in the database files on disk', () => {
    const files = readdirSync(app.dataDir).filter((f) => f.startsWith('workspace.db'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(join(app.dataDir, file));
      for (const secret of ['MRI Cervical', SAMPLE_CASE, 'insufficient documentation', 'SQLite format 3']) {
        expect(bytes.includes(Buffer.from(secret)), `${file} contains "${secret}"`).toBe(false);
      }
    }
  });
});
