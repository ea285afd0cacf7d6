import AxeBuilder from '@axe-core/playwright';
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

describe('pre-sign checks, letter preview and signing end to end', () => {
  let app: ShellUnderTest;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  const drawer = () => page.getByRole('region', { name: 'Pre-sign checks' });
  const findings = (code: string) => drawer().locator(`li.finding[data-code="${code}"]`);
  const item = (name: string) => page.locator(`.item-editor[data-item="${name}"]`);
  const saved = () =>
    expect
      .poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 10_000 })
      .toBe('saved');

  beforeAll(async () => {
    app = await startShellForTest();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await page.goto(app.shell.launchUrl);
    await page.getByLabel('Search cases').fill(SAMPLE_CASE);
    await page.getByRole('button', { name: SAMPLE_CASE }).click();
    await page.getByRole('heading', { name: SAMPLE_CASE }).waitFor();
    // The drawer starts as a one-line summary; these tests read its findings.
    await drawer()
      .getByRole('button', { name: /Pre-sign checks/ })
      .click();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists the failing checks and keeps Sign disabled with the reason when the case is new', async () => {
    await expect.poll(() => findings('ITEM_UNDECIDED').count()).toBe(2);
    expect(await findings('SUMMARY_EMPTY').count()).toBe(1);
    expect(await findings('DOCUMENT_NOT_REVIEWED').count()).toBe(12);
    expect(await findings('PROFILE_DEMO_VALUES').count()).toBe(1);
    const sign = page.getByRole('button', { name: 'Sign…' });
    expect(await sign.isDisabled()).toBe(true);
    expect(await page.locator('#sign-reason').textContent()).toMatch(/Sign is unavailable: \d+ errors to fix/);
    await saveScreenshot(page, 'signing-checks-failing');
  });

  it("saves the reviewer's own ID, name, email and license in the profile dialog when the demo profile is shown", async () => {
    await page.getByRole('button', { name: 'Profile', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Reviewer profile' });
    await dialog.getByText(/demo reviewer/).waitFor();
    const id = dialog.getByLabel(/Reviewer ID/);
    expect(await id.inputValue()).toBe('RVW-0001');
    await id.fill('RVW-0777');
    await dialog.getByLabel('Name').fill('Quillon Marchetti, MD');
    await dialog.getByLabel('Email').fill('q.marchetti@imro-reviewers.net');
    await dialog.getByLabel('License number').fill('G765432');
    await saveScreenshot(page, 'signing-profile-dialog');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => findings('PROFILE_DEMO_VALUES').count()).toBe(0);
  });

  it('jumps to the decision and clears the finding when an item is decided', async () => {
    await findings('ITEM_UNDECIDED').first().getByRole('button').first().click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? ''))
      .toMatch(/^decision-/);
    await item('MRI Cervical')
      .getByLabel(/Upheld/)
      .check();
    await item('Cervical extension and flexion X-Ray')
      .getByLabel(/Overturned/)
      .check();
    await saved();
    await expect.poll(() => findings('ITEM_UNDECIDED').count()).toBe(0);
  });

  it('lets the reviewer acknowledge a warning when a cited rationale has no conclusion yet', async () => {
    await writeRationale(
      page,
      'MRI Cervical',
      'neck 177',
      'supports imaging of the neck for red flags or clear neurologic findings, or to plan surgery. She had MRIs on 10/11/13, 1/15/14 and 4/21/14 and nothing has changed since.',
    );
    await saved();
    const warning = findings('CONCLUSION_MISSING');
    await expect.poll(() => warning.count()).toBe(1);
    await warning.getByRole('button', { name: /^Acknowledge:/ }).click();
    await expect
      .poll(() => warning.getByRole('button', { name: /^Withdraw acknowledgment:/ }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await drawer().locator('.checks-summary').textContent()).not.toContain('warning');
    const axe = await new AxeBuilder({ page })
      .include('.checks-drawer')
      .include('.finalize-toolbar')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await saveScreenshot(page, 'signing-checks-warning');
  });

  it('clears the rationale and citation errors when rationales with a picked citation conclude correctly', async () => {
    await item('MRI Cervical')
      .getByRole('textbox', { name: /Decision rationale/ })
      .click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Therefore, the request for MRI cervical is not medically necessary.');
    await writeRationale(
      page,
      'Cervical extension and flexion X-Ray',
      'neck 179',
      'allows flexion and extension views when instability is suspected before surgery. Her surgeon is concerned about instability and plans cervical surgery. Therefore, the request for cervical extension and flexion X-Ray is medically necessary.',
    );
    await saved();
    await expect.poll(() => findings('CONCLUSION_MISSING').count()).toBe(0);
    await expect.poll(() => findings('ITEM_RATIONALE_EMPTY').count()).toBe(0);
    await expect.poll(() => findings('ITEM_CITATION_MISSING').count()).toBe(0);
    expect(await findings('DECISION_CONCLUSION_MISMATCH').count()).toBe(0);
  });

  it('clears the summary error when the reviewer writes a summary', async () => {
    await findings('SUMMARY_EMPTY').getByRole('button').first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.summary-editor') !== null))
      .toBe(true);
    await page.keyboard.type(SUMMARY);
    await saved();
    await expect.poll(() => findings('SUMMARY_EMPTY').count()).toBe(0);
    expect(await findings('SUMMARY_TOO_SHORT').count()).toBe(0);
  });

  it('takes the reviewer to each unreviewed document and clears it when it is marked reviewed', async () => {
    for (let left = 12; left > 0; left--) {
      await findings('DOCUMENT_NOT_REVIEWED').first().getByRole('button').first().click();
      const box = page.locator('.document-list li.selected input[type="checkbox"]');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li.selected') !== null)).toBe(true);
      expect(await box.isChecked()).toBe(false);
      await page.keyboard.press('Space');
      // The app asks before marking a document reviewed that was barely on screen; this reviewer is sure.
      const asked = page.getByRole('dialog', { name: 'Mark reviewed?' });
      await expect.poll(async () => (await asked.isVisible()) || (await box.isChecked())).toBe(true);
      if (await asked.isVisible()) await asked.getByRole('button', { name: 'Mark reviewed anyway' }).click();
      await expect.poll(() => findings('DOCUMENT_NOT_REVIEWED').count()).toBe(left - 1);
    }
    await expect.poll(() => drawer().locator('.checks-summary').textContent()).toBe('All checks pass');
    expect(await page.getByRole('button', { name: 'Sign…' }).isDisabled()).toBe(false);
    await saveScreenshot(page, 'signing-checks-passing');
  });

  it('shows the letter as rendered PDF pages in the preview', async () => {
    await page.getByRole('button', { name: 'Preview letter' }).click();
    const dialog = page.getByRole('dialog', { name: /preview/ });
    await dialog.locator('canvas.letter-page').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => dialog.getByTestId('preview-meta').textContent()).toMatch(/^\d+ page\(s\)/);
    await page.waitForTimeout(300);
    await saveScreenshot(page, 'signing-letter-preview');
    const axe = await new AxeBuilder({ page }).include('.letter-preview').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('signs from the preview with a new passphrase and shows the case locked', async () => {
    await page
      .getByRole('dialog', { name: /preview/ })
      .getByRole('button', { name: 'Sign…' })
      .click();
    const dialog = page.getByRole('dialog', { name: `Sign ${SAMPLE_CASE}` });
    await dialog.getByLabel('Choose a signing passphrase').fill(PASSPHRASE);
    await dialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Sign and lock' }).click();
    await page.getByTestId('signed-banner').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('signed-banner').textContent()).toMatch(/Signed on .* version 1/);
    await expect
      .poll(() =>
        item('MRI Cervical')
          .getByLabel(/Upheld/)
          .isDisabled(),
      )
      .toBe(true);
    await expect
      .poll(() => page.locator('.summary-editor [contenteditable]').getAttribute('contenteditable'))
      .toBe('false');
    expect(await page.locator('.signed-pill').textContent()).toBe('Signed');
    await expect.poll(() => drawer().locator('.checks-summary').textContent()).toBe('Signed and locked');
    await saveScreenshot(page, 'signing-signed-locked');
    await page.getByTestId('signed-banner').getByRole('button', { name: 'View letter' }).click();
    const signedLetter = page.getByRole('dialog', { name: /signed/ });
    await expect
      .poll(() => signedLetter.getByTestId('preview-meta').textContent(), { timeout: 30_000 })
      .toMatch(/^Signed letter, version 1 · \d+ page/);
    expect(await signedLetter.getByRole('button', { name: 'Sign…' }).count()).toBe(0);
    await signedLetter.getByRole('button', { name: 'Close', exact: true }).click();
    const caseId = decodeURIComponent(page.url().split('/case/')[1] ?? '');
    const state = await app.backend.registrar.invoke(
      'determinations.signedVersions',
      { caseId },
      { transport: 'in-process' },
    );
    expect(state.ok && (state.value as { signed: { reviewerId: string }[] }).signed.map((v) => v.reviewerId)).toEqual([
      'RVW-0777',
    ]);
    expect(errors).toEqual([]);
  });
});

/** Clicks into an item's rationale, types [[query, picks the first ranked citation, and types the rest. */
async function writeRationale(page: Page, itemName: string, query: string, rest: string): Promise<void> {
  const editor = page
    .locator(`.item-editor[data-item="${itemName}"]`)
    .getByRole('textbox', { name: /Decision rationale/ });
  await editor.click();
  await page.keyboard.type('The MTUS ');
  await page.keyboard.type(`[[${query}`);
  await page.locator('.citation-picker [role="option"]').first().waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.locator('.citation-chip').count()).toBe(1);
  await page.keyboard.type(rest);
}
