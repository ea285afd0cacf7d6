import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, saveScreenshot } from './support/launchChromium';
import { startShellForTest, type ShellUnderTest } from './support/startShellForTest';

const SAMPLE_CASE = 'CM14-0012345';
const PASSPHRASE = 'correct horse battery';
const SUMMARY =
  'This 59-year-old woman injured her neck at work on 10/8/08. Her 6/6/14 progress note describes neck pain while she waits for cervical surgery, after a discogram showed concordant pain at several levels. ' +
  'On examination there is left-sided tenderness along the neck and a positive head compression test on the left; strength, sensation and reflexes are normal. ' +
  'Nerve studies of the arms showed a mild left C6 radiculopathy. Cervical MRIs of 10/11/13, 1/15/14 and 4/21/14 show disc disease at C4-5 and C5-6 with possible instability. ' +
  'She has been treated with medication and activity modification.';

describe('item citations, snippets, and saving and printing the signed letter end to end', () => {
  let app: ShellUnderTest;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let caseId: string;

  const item = (name: string) => page.locator(`.item-editor[data-item="${name}"]`);
  const rationale = (name: string) => item(name).getByRole('textbox', { name: /Decision rationale/ });
  const drawer = () => page.getByRole('region', { name: 'Pre-sign checks' });
  const saved = () =>
    expect
      .poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 10_000 })
      .toBe('saved');
  const invoke = async (method: string, input: unknown) => {
    const result = await app.backend.registrar.invoke(method, input, { transport: 'in-process' });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as never;
  };

  beforeAll(async () => {
    app = await startShellForTest();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await page.goto(app.shell.launchUrl);
    await page.getByLabel('Search cases').fill(SAMPLE_CASE);
    await page.getByRole('button', { name: SAMPLE_CASE }).click();
    await page.getByRole('heading', { name: SAMPLE_CASE }).waitFor();
    caseId = decodeURIComponent(page.url().split('/case/')[1] ?? '');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('gives the record and the editor the room: the checks start as one line with the first blocker', async () => {
    await expect.poll(() => drawer().locator('.checks-summary').textContent()).toMatch(/\d+ errors/);
    expect(
      await drawer()
        .getByRole('button', { name: /Pre-sign checks/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
    expect(await drawer().locator('.checks-first-blocker').textContent()).toMatch(/^First: /);
    const height = await drawer().evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(60);
    await saveScreenshot(page, 'letter-room-to-read');
  });

  it("builds the MRI item's citation list from the picker, MTUS first on the guideline line", async () => {
    const adder = item('MRI Cervical').getByRole('combobox', { name: /Add a guideline/ });
    await adder.fill('odg neck mri');
    await item('MRI Cervical').locator('.citation-adder-list [role="option"]').first().waitFor();
    await adder.press('Enter');
    await adder.fill('neck mri');
    await expect
      .poll(() =>
        item('MRI Cervical')
          .locator('.citation-adder-list [role="option"] .citation-option-label')
          .first()
          .textContent(),
      )
      .toContain('Page(s): 179-180');
    await adder.press('Enter');
    const rows = item('MRI Cervical').locator('.item-citation-row .item-citation-label');
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([
        'Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI',
        'MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180',
      ]);
    await item('MRI Cervical')
      .getByRole('button', { name: /^Move up: MTUS ACOEM/ })
      .click();
    await expect.poll(() => rows.first().textContent()).toContain('MTUS ACOEM Chapter 8');
    expect(
      await page
        .getByTestId(/guideline-line-/)
        .first()
        .textContent(),
    ).toBe(
      'MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI.',
    );
    await item('MRI Cervical')
      .getByLabel(/Upheld/)
      .check();
    await saved();
    await item('MRI Cervical').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'letter-item-citation-list');
  });

  it('writes the MRI rationale from a snippet, filling its fields with Tab and typing', async () => {
    await rationale('MRI Cervical').click();
    await page.keyboard.type(';;repeat mri');
    const picker = page.getByTestId('snippet-picker');
    await picker.locator('[role="option"]').first().waitFor();
    expect(await picker.locator('.citation-option-label').first().textContent()).toBe(
      'Repeat lumbar MRI without a change in findings',
    );
    await saveScreenshot(page, 'letter-snippet-picker');
    await page.keyboard.press('Enter');
    await expect.poll(() => rationale('MRI Cervical').locator('.snippet-field').count()).toBe(2);
    await page.keyboard.type('1/15/14');
    await page.keyboard.press('Tab');
    await page.keyboard.type('multilevel spondylosis with a C4-5 protrusion');
    await expect.poll(() => rationale('MRI Cervical').locator('.snippet-field').count()).toBe(0);
    const text = await rationale('MRI Cervical').textContent();
    expect(text).toContain(
      'The prior MRI of 1/15/14 showed multilevel spondylosis with a C4-5 protrusion, and the records',
    );
    await saved();
    // The snippet's chip joined the item's list.
    await expect
      .poll(() => item('MRI Cervical').locator('.item-citation-row .item-citation-label').allTextContents())
      .toContain('MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304');
  });

  it('blocks signing on an unfilled field and clears when it is filled', async () => {
    await rationale('Cervical extension and flexion X-Ray').click();
    await page.keyboard.type(';;physical therapy');
    await page.getByTestId('snippet-picker').locator('[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await saved();
    await drawer()
      .getByRole('button', { name: /Pre-sign checks/ })
      .click();
    await expect.poll(() => drawer().locator('li.finding[data-code="PLACEHOLDER_TEXT"]').count()).toBe(1);
    expect(await drawer().locator('li.finding[data-code="PLACEHOLDER_TEXT"]').textContent()).toContain(
      '[number of sessions]',
    );
    // Replace the snippet with the item's own rationale.
    await rationale('Cervical extension and flexion X-Ray').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(
      'California MTUS does not address this issue. ODG supports flexion and extension views before a fusion when instability is suspected. Her surgeon is concerned about instability and plans cervical surgery. Therefore, the request for cervical extension and flexion X-Ray is medically necessary.',
    );
    const adder = item('Cervical extension and flexion X-Ray').getByRole('combobox', { name: /Add a guideline/ });
    await adder.fill('flexion extension x-ray');
    await item('Cervical extension and flexion X-Ray')
      .locator('.citation-adder-list [role="option"]')
      .first()
      .waitFor();
    await adder.press('Enter');
    await item('Cervical extension and flexion X-Ray')
      .getByLabel(/Overturned/)
      .check();
    await saved();
    await expect.poll(() => drawer().locator('li.finding[data-code="PLACEHOLDER_TEXT"]').count()).toBe(0);
  });

  it('signs once the summary, profile and documents are done', async () => {
    await page.locator('.summary-editor [contenteditable]').click();
    await page.keyboard.type(SUMMARY);
    await saved();
    await invoke('profile.save', {
      profile: {
        reviewerId: 'RVW-0777',
        name: 'Quillon Marchetti, MD',
        email: 'q.marchetti@imro-reviewers.net',
        licenseNumber: 'G765432',
        boardCertification: 'Occupational Medicine',
        specialty: 'Occupational Medicine',
        yearsInPractice: 14,
        hoursPerWeek: 32,
      },
    });
    const detail = (await invoke('cases.get', { caseId })) as { documents: { id: string }[] };
    for (const doc of detail.documents) await invoke('documents.setReviewed', { documentId: doc.id, reviewed: true });
    await page.reload();
    await page.getByRole('heading', { name: SAMPLE_CASE }).waitFor();
    await expect
      .poll(() => drawer().locator('.checks-summary').textContent(), { timeout: 20_000 })
      .toBe('All checks pass');
    await page.getByRole('button', { name: 'Preview letter' }).click();
    const preview = page.getByRole('dialog', { name: /preview/ });
    await preview.locator('canvas.letter-page').first().waitFor({ timeout: 30_000 });
    await preview.getByRole('button', { name: 'Sign…' }).click();
    const dialog = page.getByRole('dialog', { name: `Sign ${SAMPLE_CASE}` });
    await dialog.getByLabel('Choose a signing passphrase').fill(PASSPHRASE);
    await dialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Sign and lock' }).click();
    await page.getByTestId('signed-banner').waitFor({ timeout: 30_000 });
  });

  it('saves the signed letter as a PDF identical to the one in the signed package', async () => {
    await page.getByTestId('signed-banner').getByRole('button', { name: 'View letter' }).click();
    const letter = page.getByRole('dialog', { name: /signed/ });
    await expect
      .poll(() => letter.getByTestId('preview-meta').textContent(), { timeout: 30_000 })
      .toMatch(/^Signed letter, version 1 · \d+ page/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      letter.getByRole('button', { name: 'Save PDF…' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SAMPLE_CASE} Final Determination v1 (signed).pdf`);
    const bytes = readFileSync(await download.path());
    const state = (await invoke('determinations.signedVersions', { caseId })) as { signed: { letterSha256: string }[] };
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(state.signed[0]?.letterSha256);
    await expect.poll(() => letter.getByTestId('preview-status').textContent()).toContain('Downloaded');
    await saveScreenshot(page, 'letter-save-print-actions');
  });

  it("prints the letter's pages with the browser's print dialog", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { printCalls: string[] };
      w.printCalls = [];
      window.print = () => w.printCalls.push(document.body.className);
    });
    await page
      .getByRole('dialog', { name: /signed/ })
      .getByRole('button', { name: 'Print…' })
      .click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls))
      .toEqual(['printing-letter']);
    // What the print dialog gets: only the letter's pages (the class is set while it is open).
    await page.evaluate(() => document.body.classList.add('printing-letter'));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.case-header') as Element).visibility,
      page: getComputedStyle(document.querySelector('canvas.letter-page') as Element).visibility,
    }));
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.body.classList.remove('printing-letter'));
    expect(shown).toEqual({ header: 'hidden', page: 'visible' });
  });

  it('downloads the signed package as a zip from the signed-letter view', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('dialog', { name: /signed/ })
        .getByRole('button', { name: 'Export signed package…' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SAMPLE_CASE}-v1.zip`);
    expect(
      readFileSync(await download.path())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    expect(errors).toEqual([]);
  });
});
