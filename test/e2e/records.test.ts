import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRecordPdf } from '../electron/records/support/buildRecordPdf';
import { medicalPages } from '../electron/records/support/medicalText';
import { RANGE_CHUNK_BYTES, TAIL_PREFETCH_BYTES } from '../../renderer/src/features/records/recordPdfSource';
import { saveScreenshot } from './support/launchChromium';
import { openCaseInChromium } from './support/openCaseInChromium';
import type { ShellUnderTest } from './support/startShellForTest';

const SAMPLE_CASE = 'CM14-0012345';
const PHRASE = 'Spurling maneuver reproduced radiating paresthesias';
const LINE = `On examination the ${PHRASE} into the left thumb.`;
const QUOTE_PAGE = 37;

/** The editor side of quoting (insertQuote → quote node → openRecordAt) belongs to the editor feature. */
function editorHandlesQuotes(): boolean {
  const dir = 'renderer/src/features/determination';
  if (!existsSync(dir)) return false;
  const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  return sources.includes("'insertQuote'") && sources.includes("'openRecordAt'");
}

describe('records end to end', () => {
  let app: ShellUnderTest;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ app, browser, page, errors } = await openCaseInChromium(SAMPLE_CASE));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('imports a PDF chosen with the file picker and lists it with its page count', async () => {
    const pages = medicalPages(40, 300);
    pages[QUOTE_PAGE - 1] = `${LINE}\n${pages[QUOTE_PAGE - 1]!.slice(0, 1500)}`;
    const pdf = await buildRecordPdf(pages);
    await page
      .getByLabel('Add record files')
      .setInputFiles({ name: 'Orthopedic records 2014.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    const progress = page.getByRole('region', { name: 'Import progress' });
    await expect
      .poll(() => progress.locator('.import-imported .import-name').allTextContents(), { timeout: 60_000 })
      .toContain('Orthopedic records 2014.pdf');
    await progress.getByRole('button', { name: 'Close' }).click();
    const item = page.locator('.document-list li', { hasText: 'Orthopedic records 2014' });
    await expect.poll(() => item.textContent()).toContain('40 pages');
  });

  it('finds a phrase on page 37 and lands there with every match highlighted', async () => {
    await page.getByRole('tab', { name: 'Search' }).click();
    const box = page.getByLabel('Search all records in this case');
    await box.fill(`"${PHRASE}"`);
    const hits = page.locator('.search-hits li');
    await expect.poll(() => hits.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => hits.first().textContent()).toContain(`p. ${QUOTE_PAGE}`);
    await saveScreenshot(page, 'records-search-results');
    await box.press('Enter');
    await expect.poll(() => page.getByLabel('Page number').inputValue(), { timeout: 30_000 }).toBe(String(QUOTE_PAGE));
    const marks = page.locator(`.page[data-page-number="${QUOTE_PAGE}"] .textLayer .highlight`);
    await expect.poll(() => marks.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await marks.allTextContents()).join(' ').replace(/\s+/g, ' ')).toContain('Spurling');
    expect(
      await page.locator('.pdfViewer .page canvas').count(),
      'pdf.js renders only pages near the viewport',
    ).toBeLessThanOrEqual(12);
    await saveScreenshot(page, 'records-highlighted-page');
  });

  // Skipped, not failed, while the editor feature does not yet insert quote nodes and emit openRecordAt.
  it.skipIf(!editorHandlesQuotes())(
    'quotes the selection into the rationale and returns to its page when the quote is clicked',
    async () => {
      const rationale = page
        .locator('.item-editor')
        .first()
        .getByRole('textbox', { name: /Decision rationale/ });
      await rationale.click();
      await page.evaluate((n) => {
        const span = [...document.querySelectorAll(`.page[data-page-number="${n}"] .textLayer span`)].find((s) =>
          s.textContent?.includes('Spurling'),
        );
        if (!span) throw new Error('The phrase is not in the text layer');
        const range = document.createRange();
        range.selectNodeContents(span);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      }, QUOTE_PAGE);
      await page.getByRole('button', { name: 'Quote into rationale' }).click();
      const chip = page.locator('.item-editor span[data-type="quote"]').first();
      await chip.waitFor({ timeout: 10_000 });
      expect(await chip.getAttribute('data-page')).toBe(String(QUOTE_PAGE));
      await expect
        .poll(() => page.locator(`.page[data-page-number="${QUOTE_PAGE}"] .stored-highlight`).count())
        .toBeGreaterThan(0);
      await page.getByLabel('Page number').fill('1');
      await page.getByLabel('Page number').press('Enter');
      await expect.poll(() => page.getByLabel('Page number').inputValue()).toBe('1');
      await chip.click();
      await expect
        .poll(() => page.getByLabel('Page number').inputValue(), { timeout: 30_000 })
        .toBe(String(QUOTE_PAGE));
      await expect
        .poll(() => page.locator(`.page[data-page-number="${QUOTE_PAGE}"] .textLayer .highlight`).count(), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
      await saveScreenshot(page, 'records-quote-returned');
    },
  );

  it('opens a 600-page PDF with a flat page tree and goes straight to its last page', async () => {
    const last = 'Final page of the compilation: claimant discharged from care on 06/06/2014.';
    const pages = medicalPages(600, 700, 1800);
    pages[599] = last;
    await page.getByRole('tab', { name: 'Documents' }).click();
    const pdf = await buildRecordPdf(pages, { tree: 'flat' });
    await page
      .getByLabel('Add record files')
      .setInputFiles({ name: 'Records compilation 2013.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    const progress = page.getByRole('region', { name: 'Import progress' });
    await expect
      .poll(() => progress.locator('.import-imported .import-name').allTextContents(), { timeout: 120_000 })
      .toContain('Records compilation 2013.pdf');
    await progress.getByRole('button', { name: 'Close' }).click();
    const received: number[] = [];
    const countRecordBytes = (response: Response) => {
      if (new URL(response.url()).pathname.startsWith('/records/'))
        received.push(Number(response.headers()['content-length'] ?? 0));
    };
    page.on('response', countRecordBytes);
    await page
      .locator('.document-list li', { hasText: 'Records compilation 2013' })
      .locator('.document-button')
      .click();
    await expect
      .poll(() => page.locator('.viewer-title').textContent(), { timeout: 30_000 })
      .toContain('Records compilation 2013');
    await expect.poll(() => page.locator('.viewer-toolbar').textContent(), { timeout: 30_000 }).toContain('of 600');
    await expect.poll(() => page.locator('.page[data-page-number="1"] canvas').count(), { timeout: 30_000 }).toBe(1);
    page.off('response', countRecordBytes);
    const sent = received.reduce((a, b) => a + b, 0);
    expect(sent, 'page 1 is shown from the start and the end of the file').toBeGreaterThan(0);
    expect(sent, 'page 1 is shown from the start and the end of the file').toBeLessThanOrEqual(
      2 * RANGE_CHUNK_BYTES + TAIL_PREFETCH_BYTES,
    );
    expect(sent, 'page 1 is shown without reading the whole file').toBeLessThan(pdf.byteLength);
    await page.getByLabel('Page number').fill('600');
    await page.getByLabel('Page number').press('Enter');
    const lastLayer = page.locator('.page[data-page-number="600"] .textLayer');
    await expect.poll(() => lastLayer.textContent(), { timeout: 30_000 }).toContain('claimant discharged from care');
    expect(
      await page.locator('.pdfViewer .page canvas').count(),
      'pdf.js renders only pages near the viewport',
    ).toBeLessThanOrEqual(12);
    await saveScreenshot(page, 'records-long-pdf-last-page');
  });

  it('says the record could not be displayed when part of it cannot be read, instead of waiting forever', async () => {
    await page.route('**/records/**', (route) =>
      route.request().headers()['range'] === 'bytes=0-65535'
        ? route.continue()
        : route.fulfill({ status: 500, body: 'disk error' }),
    );
    try {
      await page
        .locator('.document-list li', { hasText: 'Orthopedic records 2014' })
        .locator('.document-button')
        .click();
      await page
        .locator('.document-list li', { hasText: 'Records compilation 2013' })
        .locator('.document-button')
        .click();
      await expect
        .poll(() => page.getByRole('alert').allTextContents(), { timeout: 30_000 })
        .toContainEqual(expect.stringContaining('could not be read (HTTP 500)'));
    } finally {
      await page.unroute('**/records/**');
    }
    const failed = errors.filter((e) => e.includes('status of 500'));
    expect(failed.length, 'the browser logged the failed ranges this test caused').toBeGreaterThan(0);
    // Opening the second record at once ends the first one's pdf.js worker while it still reads; pdf.js reports
    // that from inside the worker, where nothing can catch it.
    const induced = [...failed, ...errors.filter((e) => e === 'Worker was terminated')];
    errors.splice(0, errors.length, ...errors.filter((e) => !induced.includes(e)));
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
