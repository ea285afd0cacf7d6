import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/launchChromium';
import { openCaseInChromium } from './support/openCaseInChromium';
import type { ShellUnderTest } from './support/startShellForTest';

const SAMPLE_CASE = 'CM14-0012345';
const TYPED = 'Cervical MRI findings reviewed on 4/21/14.';

describe('an edit the back end did not take', () => {
  let app: ShellUnderTest;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ app, browser, page, errors } = await openCaseInChromium(SAMPLE_CASE));
    await page.locator('.item-editor[data-item="MRI Cervical"]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('keeps the reviewer in the case and says the edit is not saved when they go back to the inbox', async () => {
    // The disk fills up: every write of a rationale fails from now on.
    app.backend.ws.db.exec(`
      create temp trigger fail_insert before insert on item_determinations begin select raise(abort, 'the disk is full'); end;
      create temp trigger fail_update before update on item_determinations begin select raise(abort, 'the disk is full'); end;
    `);
    const item = page.locator('.item-editor[data-item="MRI Cervical"]');
    await item.getByRole('textbox', { name: /Decision rationale/ }).click();
    await page.keyboard.type(TYPED);
    const indicator = page.locator('[data-save-state]');
    await expect.poll(() => indicator.getAttribute('data-save-state'), { timeout: 10_000 }).toBe('error');

    await page.getByRole('button', { name: 'Back to inbox' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your last edit is not saved' });
    await dialog.waitFor();
    expect(await page.getByRole('heading', { name: SAMPLE_CASE }).count()).toBe(1);
    await saveScreenshot(page, 'unsaved-edit-warning');

    app.backend.ws.db.exec('drop trigger temp.fail_insert; drop trigger temp.fail_update;');
    await dialog.getByRole('button', { name: 'Try saving again' }).click();
    await page.getByRole('table', { name: 'Assigned cases' }).waitFor();
    const [found] = await app.backend.invoke('cases.list', { query: SAMPLE_CASE });
    const draft = await app.backend.invoke('determinations.get', { caseId: found!.id });
    expect(JSON.stringify(draft.items)).toContain(TYPED);
    expect(errors.filter((e) => !/500|disk is full/.test(e))).toEqual([]);
  });
});
