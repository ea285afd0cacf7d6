import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addManyCases } from '../support/addManyCases';
import { collectPageErrors, launchChromium, saveScreenshot } from './support/launchChromium';
import { startShellForTest, type ShellUnderTest } from './support/startShellForTest';

const TODAY = '2026-11-24';
const BULK = 3000;

describe('the inbox of a long-serving reviewer', () => {
  let app: ShellUnderTest;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const rows = () => page.locator('table.case-table tbody tr[data-case-number]');
  const count = () => page.getByTestId('inbox-count').textContent();

  beforeAll(async () => {
    app = await startShellForTest({ today: TODAY });
    addManyCases(app.backend.ws.db, BULK, TODAY);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists every case with open work first, rendering only a screenful of rows', async () => {
    await page.goto(app.shell.launchUrl);
    await expect.poll(count, { timeout: 20_000 }).toMatch(/^3,014 cases · 314 open/);
    expect(await rows().count()).toBeLessThan(60);
    const statuses = await rows().evaluateAll((trs) => trs.map((tr) => tr.querySelector('.status')?.textContent));
    expect(statuses.slice(0, 10).every((s) => s === 'Assigned')).toBe(true);
    await saveScreenshot(page, 'inbox-3000-cases');
  });

  it('filters as the reviewer types and reaches the last row by keyboard', async () => {
    const search = page.getByLabel('Search cases');
    await search.fill('bulk claimant 29');
    await expect.poll(count, { timeout: 10_000 }).toMatch(/^111 cases/);
    await search.fill('');
    await expect.poll(count, { timeout: 10_000 }).toMatch(/^3,014 cases/);
    await search.press('ArrowDown');
    await page.keyboard.press('End');
    const last = page.locator('tr[data-index="3013"]');
    await expect.poll(() => last.evaluate((tr) => tr === document.activeElement), { timeout: 10_000 }).toBe(true);
    expect(await rows().count()).toBeLessThan(60);
  });

  it('opens the case whose number was typed when ↓ and Enter follow at once, before the rows caught up', async () => {
    const target = 'CM14-0012345';
    await expect.poll(count, { timeout: 10_000 }).toMatch(/^3,014 cases/);
    expect(await rows().first().getAttribute('data-case-number')).not.toBe(target);
    await page.getByLabel('Search cases').evaluate((input: HTMLInputElement, text) => {
      // The text and the ↓ in one task, as a quick typist's keys can come: the deferred filter has not run yet.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    }, target);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: target }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Back to inbox' }).click();
    await expect.poll(count, { timeout: 10_000 }).toMatch(/^3,014 cases/);
  });

  it('archives the closed cases past the retention time and shows them under Status: Archived', async () => {
    await page.getByRole('button', { name: 'Archive…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive closed cases' });
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toMatch(/would leave the inbox/);
    await saveScreenshot(page, 'inbox-archive-dialog');
    await dialog.getByRole('button', { name: /^Archive [\d,]+ cases$/ }).click();
    await expect.poll(() => dialog.locator('.notice').textContent()).toMatch(/^Archived [\d,]+ cases/);
    const archived = Number(
      ((await dialog.locator('.notice').textContent()) ?? '').match(/Archived ([\d,]+)/)?.[1]?.replace(/,/g, ''),
    );
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect
      .poll(count, { timeout: 10_000 })
      .toMatch(new RegExp(`^${(3014 - archived).toLocaleString('en-US')} cases`));
    await page.getByLabel('Status').selectOption('archived');
    await expect.poll(count, { timeout: 10_000 }).toMatch(new RegExp(`^${archived.toLocaleString('en-US')} cases`));
    await page.getByRole('heading', { name: 'Archived cases' }).waitFor();
    expect(errors).toEqual([]);
  });
});
