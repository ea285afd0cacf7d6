import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScannedPdf, renderFaxPage } from '../support/faxPages';
import { saveScreenshot } from './support/launchChromium';
import { openCaseInChromium } from './support/openCaseInChromium';
import type { ShellUnderTest } from './support/startShellForTest';

const SAMPLE_CASE = 'CM14-0012345';
const TITLE = 'PT re-evaluation (faxed)';
const PAGE_1 =
  'PHYSICAL THERAPY RE-EVALUATION\nThe patient reports lumbar pain radiating to the left leg.\n' +
  'Range of motion is limited in flexion and extension.\nContinue the home exercise program twice daily.';
const PAGE_2 =
  'ASSESSMENT\nPersistent radiculopathy despite twelve sessions of therapy.\n' +
  'Nucynta was started by the primary treating physician.\nPlan: request a lumbar epidural steroid injection.';

describe('a faxed record becomes searchable and quotable by OCR, end to end', () => {
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

  it('imports a two-page fax and shows OCR progress with pause, while search says what it cannot see yet', async () => {
    const pdf = await buildScannedPdf([
      await renderFaxPage({
        text: PAGE_1,
        fontSize: 13,
        header: '11/20/2026 10:22 FROM: BAYSIDE PT 415-555-0147 P.001/002',
        skewDegrees: 0.8,
        speckle: 0.001,
        seed: 11,
      }),
      await renderFaxPage({
        text: PAGE_2,
        fontSize: 13,
        header: '11/20/2026 10:22 FROM: BAYSIDE PT 415-555-0147 P.002/002',
        skewDegrees: -1.2,
        speckle: 0.001,
        seed: 12,
      }),
    ]);
    // Paused from the start (as the Pause button does), so the page can be looked at before any page is read.
    app.backend.services()!.ocr.pause();
    await page
      .getByLabel('Add record files')
      .setInputFiles({ name: `${TITLE}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    const ocr = page.getByRole('region', { name: 'OCR progress' });
    await expect.poll(() => ocr.textContent(), { timeout: 60_000 }).toContain('OCR paused: 0 / 2 pages');
    const imported = page.getByRole('region', { name: 'Import progress' });
    expect(await imported.textContent()).toContain('2 scanned — queued for OCR');
    await imported.getByRole('button', { name: 'Close' }).click();
    await saveScreenshot(page, 'ocr-progress');

    await page.getByRole('tab', { name: 'Search' }).click();
    await page.getByLabel('Search all records in this case').fill('nucynta');
    const note = page.getByRole('note');
    await expect
      .poll(() => note.textContent(), { timeout: 10_000 })
      .toContain('2 pages are not searchable yet — OCR 0% done');
    expect(await page.locator('.search-count').textContent()).toBe('No pages match.');
    await saveScreenshot(page, 'ocr-search-not-yet-searchable');

    // Typing anywhere in the window holds OCR (here a key in the search box, before and after Resume): the status
    // line says so, no page is read meanwhile, and reading goes on once typing stops.
    const box = page.getByLabel('Search all records in this case');
    await box.press('End');
    await ocr.getByRole('button', { name: 'Resume' }).click();
    let held = '';
    for (let i = 0; i < 40 && !held.includes('waiting while you type'); i++) {
      await box.press('End');
      await page.waitForTimeout(150);
      held = (await ocr.textContent()) ?? '';
    }
    expect(held).toContain('Reading scanned pages (OCR): 0 / 2 pages · waiting while you type');
    await saveScreenshot(page, 'ocr-held-while-typing');
    await expect.poll(() => ocr.textContent(), { timeout: 10_000 }).toContain('Reading scanned pages (OCR)');
    await page.getByRole('tab', { name: 'Documents' }).click();
    await saveScreenshot(page, 'ocr-progress-running');
    await expect.poll(() => ocr.count(), { timeout: 120_000 }).toBe(0);
    await expect
      .poll(() => page.locator('.document-list li', { hasText: TITLE }).textContent(), { timeout: 10_000 })
      .toContain('2 scanned pages read by OCR');
    await page.getByRole('tab', { name: 'Search' }).click();
  });

  it('finds a word printed on page 2 and lands on page 2 with the word highlighted on the scan', async () => {
    const box = page.getByLabel('Search all records in this case');
    await box.fill('');
    await box.fill('nucynta');
    const hits = page.locator('.search-hits li');
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBe(1);
    expect(await hits.first().textContent()).toMatch(/p\. 2.*OCR/);
    await expect.poll(() => page.getByRole('note').count()).toBe(0);
    await box.press('Enter');
    await expect.poll(() => page.getByLabel('Page number').inputValue(), { timeout: 30_000 }).toBe('2');
    const marks = page.locator('.page[data-page-number="2"] .textLayer .highlight');
    await expect.poll(() => marks.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await marks.allTextContents()).join(' ')).toMatch(/nucynta/i);
    // The mark lies on the scan where the word is printed: inside the page, in its upper half (line 3 of the note).
    const pageBox = (await page.locator('.page[data-page-number="2"]').boundingBox())!;
    const markBox = (await marks.first().boundingBox())!;
    expect(markBox.x).toBeGreaterThan(pageBox.x);
    expect(markBox.y).toBeGreaterThan(pageBox.y);
    expect(markBox.y + markBox.height).toBeLessThan(pageBox.y + pageBox.height / 2);
    await expect.poll(() => page.locator('.ocr-note').textContent()).toMatch(/Page 2: text read by OCR/);
    await saveScreenshot(page, 'ocr-highlighted-hit-on-scan');
  });

  it('quotes the OCR text into the rationale with its page and returns there when the quote is clicked', async () => {
    const rationale = page
      .locator('.item-editor')
      .first()
      .getByRole('textbox', { name: /Decision rationale/ });
    await rationale.click();
    await page.evaluate(() => {
      const span = [...document.querySelectorAll('.page[data-page-number="2"] .textLayer span')].find((s) =>
        /Nucynta/i.test(s.textContent ?? ''),
      );
      if (!span) throw new Error('The OCR word is not in the text layer');
      const range = document.createRange();
      range.selectNodeContents(span);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.getByRole('button', { name: 'Quote into rationale' }).click();
    const chip = page.locator('.item-editor span[data-type="quote"]').first();
    await chip.waitFor({ timeout: 10_000 });
    expect(await chip.getAttribute('data-page')).toBe('2');
    expect(await chip.textContent()).toMatch(/Nucynta/i);
    await page.getByLabel('Page number').fill('1');
    await page.getByLabel('Page number').press('Enter');
    await expect.poll(() => page.getByLabel('Page number').inputValue()).toBe('1');
    await chip.click();
    await expect.poll(() => page.getByLabel('Page number').inputValue(), { timeout: 30_000 }).toBe('2');
    await expect
      .poll(() => page.locator('.page[data-page-number="2"] .stored-highlight').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await saveScreenshot(page, 'ocr-quote-returned');
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
