import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/launchChromium';
import { openCaseInChromium } from './support/openCaseInChromium';
import type { ShellUnderTest } from './support/startShellForTest';

const SAMPLE_CASE = 'CM14-0012345';
const COMPILATION = 'Complete medical records';
const JUNE_NOTE = "Primary Treating Physician's Progress Report (PR-2)";

describe('chronology, duplicates and coverage end to end', () => {
  let app: ShellUnderTest;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ app, browser, page, errors } = await openCaseInChromium(SAMPLE_CASE, { width: 1600, height: 1000 }));
    // The pre-sign checks would cover half the window in the screenshots.
    const drawer = page.getByRole('button', { name: /Pre-sign checks/ });
    if ((await drawer.getAttribute('aria-expanded')) === 'true') await drawer.click();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const rows = () => page.locator('.chronology-rows > li');
  const rowDates = async () => (await page.locator('.chronology-rows .encounter-date').allTextContents()).map(toIso);

  it('shows the encounters of the demo compilation in the chronology, dated and newest first', async () => {
    await page.getByRole('tab', { name: 'Chronology' }).click();
    const status = page.locator('.chronology .pane-heading');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/pages read/);
    const compilationRows = rows().filter({ hasText: COMPILATION });
    await expect.poll(() => compilationRows.count(), { timeout: 30_000 }).toBeGreaterThan(50);
    const dates = await rowDates();
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated.length).toBeGreaterThan(60);
    expect(dated, 'newest first').toEqual([...dated].sort().reverse());
    expect(await page.locator('.timeline-rfa').getAttribute('title')).toBe('RFA 03/27/2014');
    expect(await page.locator('.timeline-ur').getAttribute('title')).toBe('UR 04/03/2014');
    const june = rows().filter({ hasText: JUNE_NOTE }).filter({ hasText: '06/06/2014' });
    await expect.poll(() => june.count(), { timeout: 10_000 }).toBe(1);
    expect(await june.textContent(), 'the copy on page 37 is folded into the note').toContain(`${COMPILATION} p. 37`);
    await saveScreenshot(page, 'chronology-all');
  });

  it('filters to the six months before the RFA', async () => {
    await page.getByLabel('Filter by dates').selectOption('rfa-6');
    const dates = (await rowDates()).filter((d): d is string => d !== null);
    expect(dates.length).toBeGreaterThan(2);
    for (const d of dates) {
      expect(d >= '2013-09-27', d).toBe(true);
      expect(d <= '2014-03-27', d).toBe(true);
    }
    expect(await page.locator('.chronology-rows > li:not(.in-window)').count()).toBe(0);
    expect(await page.locator('.chronology-count').textContent()).toMatch(/^\d+ of \d+ encounters$/);
    await saveScreenshot(page, 'chronology-before-rfa');
    await page.getByLabel('Filter by dates').selectOption('all');
  });

  it('opens a row at its page and shows page 37 grouped with its duplicate, side by side', async () => {
    const row = rows().filter({ hasText: COMPILATION }).filter({ hasText: '03/10/2014' }).first();
    await row.locator('.encounter-open').click();
    await expect.poll(() => page.locator('.viewer-title').textContent(), { timeout: 30_000 }).toContain(COMPILATION);
    await expect.poll(() => page.getByLabel('Page number').inputValue(), { timeout: 30_000 }).toBe('35');

    await page.getByLabel('Page number').fill('37');
    await page.getByLabel('Page number').press('Enter');
    const banner = page.getByRole('note', { name: 'Duplicate pages' });
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toMatch(/Page 37 is a \d+% duplicate of/);
    expect(await banner.textContent()).toContain(`${JUNE_NOTE} p. 1`);
    await banner.getByRole('button', { name: 'Compare side by side' }).click();
    const dialog = page.getByRole('dialog', { name: 'Duplicate pages side by side' });
    await expect
      .poll(() => dialog.locator('.compare-summary').textContent(), { timeout: 10_000 })
      .toMatch(/\d+% alike · \d+ lines? differ/);
    expect(await dialog.locator('.compare-same').count(), 'the clinical paragraphs are the same').toBeGreaterThan(5);
    expect(await dialog.locator('.compare-changed, .compare-left-only, .compare-right-only').count()).toBeGreaterThan(
      0,
    );
    const same = (await dialog.locator('.compare-same').allTextContents()).join('\n');
    expect(same).toMatch(/SUBJECTIVE: The patient returns for follow-up/);
    expect(same).toMatch(/mild left C6 radiculopathy/);
    await saveScreenshot(page, 'chronology-duplicate-compare');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('searches "C6" and gets one hit per duplicate group, each with its date', async () => {
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.getByLabel('Search all records in this case').fill('C6');
    const hits = page.locator('.search-hits li');
    await expect.poll(() => hits.count(), { timeout: 10_000 }).toBeGreaterThan(3);
    const texts = await hits.allTextContents();
    const juneHits = texts.filter((t) => /06\/06\/2014/.test(t) && /PR-2|Complete medical records/.test(t));
    expect(juneHits, 'the 6/6/14 note and its copy on page 37 are one hit').toHaveLength(1);
    expect(juneHits[0]).toMatch(/also on 1 other page/);
    for (const t of texts) expect(t, 'every hit shows its encounter date').toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await saveScreenshot(page, 'chronology-search-c6');
  });

  it('shows coverage per document and asks before marking a barely seen document reviewed', async () => {
    await page.getByRole('tab', { name: 'Documents' }).click();
    const item = page.locator('.document-list li', { hasText: COMPILATION });
    await expect.poll(() => item.locator('.coverage').textContent(), { timeout: 20_000 }).toMatch(/Seen [1-9]\d*\/60/);
    const itemText = (await item.textContent()) ?? '';
    expect(itemText, itemText).toMatch(/10\/15\/2008–06\/06\/2014 · \d+ encounters/);
    const june = page.locator('.document-list li', { hasText: JUNE_NOTE }).filter({ hasText: '2014-06-06' });
    await expect.poll(() => june.locator('.coverage').textContent(), { timeout: 20_000 }).toBe('Seen 1/1');
    await item.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'chronology-coverage-column');

    await item.getByRole('checkbox').click();
    const confirm = page.getByRole('dialog', { name: 'Mark reviewed?' });
    await expect.poll(() => confirm.textContent()).toMatch(/You have seen \d+ of 60 pages/);
    await confirm.getByRole('button', { name: 'Keep reading' }).click();
    expect(await item.getByRole('checkbox').isChecked()).toBe(false);
    await item.getByRole('checkbox').click();
    await page
      .getByRole('dialog', { name: 'Mark reviewed?' })
      .getByRole('button', { name: 'Mark reviewed anyway' })
      .click();
    await expect.poll(() => item.getByRole('checkbox').isChecked()).toBe(true);
  });

  it('lists the compilation by its real dates in the letter’s documents reviewed', async () => {
    await page.getByRole('tab', { name: 'Reviewed list' }).click();
    const lines = page.locator('.reviewed-lines li');
    await expect.poll(() => lines.count(), { timeout: 10_000 }).toBeGreaterThan(5);
    const texts = await lines.allTextContents();
    expect(texts.join('\n')).not.toMatch(/date of service not stated/);
    expect(texts.join('\n')).toMatch(/Therapy notes, 11\/03\/2008 to 12\/04\/2008/);
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

function toIso(text: string): string | null {
  const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
  return m ? `${m[3]}-${m[1]}-${m[2]}` : null;
}
