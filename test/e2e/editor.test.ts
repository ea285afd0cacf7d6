import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/launchChromium';
import { openCaseInChromium } from './support/openCaseInChromium';
import type { ShellUnderTest } from './support/startShellForTest';

const SAMPLE_CASE = 'CM14-0012345';
const MTUS_179 = 'MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 179-180';
const ODG_MRI = 'Non-MTUS Citation Official Disability Guidelines (ODG) Neck and Upper Back Chapter-MRI';
const OPENING = 'California MTUS supports imaging studies with red flag conditions ';
const CLOSING =
  'There is insufficient documentation of acute changes since the prior MRI. Therefore, the request is not medically necessary.';

describe('determination editor end to end', () => {
  let app: ShellUnderTest;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const item = (): Locator => page.locator('.item-editor[data-item="MRI Cervical"]');
  const rationale = (): Locator => item().getByRole('textbox', { name: /Decision rationale/ });
  const picker = (): Locator => page.getByTestId('citation-picker');

  beforeAll(async () => {
    ({ app, browser, page, errors } = await openCaseInChromium(SAMPLE_CASE));
    await item().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('decides MRI Cervical upheld with the UR guideline pre-filled', async () => {
    await expect
      .poll(() => item().getByLabel('Claims Administrator guideline').inputValue())
      .toContain('Page(s): 177-178');
    await item()
      .getByLabel(/Upheld/)
      .check();
  });

  it('inserts two citations with the keyboard only, MTUS ranked first, and shows the compiled guideline line', async () => {
    await rationale().click();
    await page.keyboard.type(OPENING);
    await page.keyboard.type('[[chapter 8 179');
    await picker().waitFor();
    const options = picker().getByRole('option');
    await expect.poll(() => options.first().locator('.citation-option-label').textContent()).toBe(MTUS_179);
    expect(await rationale().getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await saveScreenshot(page, 'editor-picker-open');
    const axe = await new AxeBuilder({ page })
      .include('.determination-panel')
      .include('[data-testid="citation-picker"]')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => picker().count()).toBe(0);

    await page.keyboard.type('and [[odg neck mri');
    await picker().waitFor();
    await expect
      .poll(() => picker().getByRole('option').first().locator('.citation-option-label').textContent())
      .toBe(ODG_MRI);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`. ${CLOSING}`);

    const chips = rationale().locator('span[data-type="citation"]');
    await expect.poll(() => chips.allTextContents()).toEqual([MTUS_179, ODG_MRI]);
    await expect
      .poll(() =>
        item()
          .getByTestId(/guideline-line/)
          .textContent(),
      )
      .toBe(`MAXIMUS guideline: Decision based on ${MTUS_179}. Decision based on ${ODG_MRI}.`);
    await expect
      .poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 10_000 })
      .toBe('saved');
    await item().screenshot({ path: 'test-artifacts/editor-finished-item.png' });
  });

  it('removes a chip as a whole with Backspace', async () => {
    // Click into plain text (a click on a chip selects the chip, and typing would replace it).
    await rationale()
      .getByText(/Therefore, the request/)
      .click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(50);
    const chips = rationale().locator('span[data-type="citation"]');
    await page.keyboard.type(' [[neck mri');
    await page.keyboard.press('Enter');
    await expect.poll(() => chips.count()).toBe(3);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect.poll(() => chips.count()).toBe(2);
    await page.keyboard.press('Backspace');
    await expect.poll(() => rationale().textContent()).toMatch(/medically necessary\.$/);
    await expect
      .poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 10_000 })
      .toBe('saved');
  });

  it('still has the decision, both chips and the rationale after a reload and a back-end restart', async () => {
    const caseUrl = page.url();
    await page.goto('about:blank');
    await app.restart();
    await page.goto(app.shell.launchUrl);
    await page.goto(caseUrl);
    await item().waitFor();
    await expect
      .poll(() =>
        item()
          .getByLabel(/Upheld/)
          .isChecked(),
      )
      .toBe(true);
    await expect
      .poll(() => rationale().locator('span[data-type="citation"]').allTextContents())
      .toEqual([MTUS_179, ODG_MRI]);
    const text = await rationale().textContent();
    expect(text).toContain(OPENING.trim());
    expect(text).toContain(CLOSING);
    await expect
      .poll(() =>
        item()
          .getByTestId(/guideline-line/)
          .textContent(),
      )
      .toBe(`MAXIMUS guideline: Decision based on ${MTUS_179}. Decision based on ${ODG_MRI}.`);
  });

  it('keeps a version on request and previews it beside the one taken when editing began', async () => {
    await page.getByRole('button', { name: 'Versions' }).click();
    const versions = page.getByRole('list', { name: 'Versions, newest first' }).getByRole('button');
    await expect.poll(() => versions.count()).toBe(1);
    await expect.poll(() => versions.first().textContent()).toContain('Case became in progress');
    await page.getByRole('button', { name: 'Keep a version now' }).click();
    await expect.poll(() => versions.count()).toBe(2);
    await versions.first().click();
    await expect.poll(() => page.getByTestId('version-preview').textContent()).toContain('MRI Cervical: Upheld');
    await page.getByRole('button', { name: 'Close version history' }).click();
  });

  it('lists the keyboard shortcuts on F1 and closes them with Escape', async () => {
    await rationale().click();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Cite a guideline');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
